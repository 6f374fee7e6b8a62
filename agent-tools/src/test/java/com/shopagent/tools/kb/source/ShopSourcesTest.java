package com.shopagent.tools.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Passage;
import com.shopagent.tools.kb.ChunkEmbedder;
import com.shopagent.tools.kb.IngestReport;
import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.LuceneKnowledgeBase;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.ProgressListener;
import com.shopagent.tools.kb.SearchFilter;
import com.shopagent.tools.kb.SourceProblem;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WordPress, Store API and sitemap sources against a local stand-in shop, as `agent ingest` uses them. */
class ShopSourcesTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final WebSource.Settings FAST = new WebSource.Settings(2, Duration.ZERO, TIMEOUT, 100);

  @TempDir Path dir;
  private ShopStandIn shop;

  @BeforeEach
  void openShop() {
    shop = new ShopStandIn();
    shop.collections.put("/wp-json/wp/v2/pages", List.of(
        shop.wpItem(2, "page", "returns-policy", "Returns &amp; refunds",
            "<h2>Sending something back</h2><p>You have 30 days to return an unworn item.</p>", false),
        shop.wpItem(3, "page", "about-us", "About us", "<p>A family shop in Bergen since 1998.</p>", false),
        shop.wpItem(4, "page", "sizing", "Size guide", "<ul><li>S fits 36-38</li><li>M fits 40-42</li></ul>", false)));
    shop.collections.put("/wp-json/wp/v2/posts", List.of(
        shop.wpItem(10, "post", "waxing-your-jacket", "Waxing your jacket", "<p>Warm the wax first.</p>", false),
        shop.wpItem(11, "post", "staff-only", "Staff notes", "<p>secret</p>", true)));
    shop.collections.put("/wp-json/wc/store/v1/products", products("Keeps you dry in any storm."));
  }

  private List<String> products(String jacketText) {
    return List.of(
        shop.product(101, "storm-jacket", "Storm jacket", "<p>" + jacketText + "</p>", "12900", "15900", true, "jackets", "Jackets"),
        shop.product(102, "trail-socks", "Trail socks", "<p>Merino socks that never itch.</p>", "1499", "1499", true, "socks", "Socks"),
        shop.product(103, "summit-beanie", "Summit beanie", "<p>Double-knit wool.</p>", "2500", "2500", false, "hats", "Hats"));
  }

  @AfterEach
  void closeShop() {
    shop.close();
  }

  private static Map<String, KbDocument> byUrl(MarkdownFolderSource.LoadResult r) {
    return r.documents().stream().collect(Collectors.toMap(KbDocument::url, Function.identity()));
  }

  @Test
  void should_read_every_published_page_and_post_across_pages_and_skip_protected_ones() {
    List<String> progress = new ArrayList<>();
    var loaded = new WordPressSource(shop.base(), TIMEOUT).load((done, total, what) -> progress.add(what + " " + done + "/" + total));
    Map<String, KbDocument> docs = byUrl(loaded);

    assertEquals(List.of("/returns-policy/", "/about-us/", "/sizing/", "/waxing-your-jacket/"),
        loaded.documents().stream().map(KbDocument::url).toList());
    assertEquals("Returns & refunds", docs.get("/returns-policy/").title());
    assertTrue(docs.get("/returns-policy/").policy(), "a returns page is a policy page");
    assertFalse(docs.get("/about-us/").policy());
    assertTrue(docs.get("/returns-policy/").body().contains("## Sending something back"), docs.get("/returns-policy/").body());
    assertTrue(docs.get("/sizing/").body().contains("- M fits 40-42"), docs.get("/sizing/").body());
    assertEquals(List.of("/staff-only/"), loaded.problems().stream().map(SourceProblem::file).map(u -> u.replace(shop.base().toString(), "/")).toList());
    assertTrue(progress.contains("/wp-json/wp/v2/pages 2/2"), progress.toString());
  }

  @Test
  void should_turn_each_product_into_a_page_scoped_to_that_product() {
    var loaded = new StoreApiSource(shop.base(), TIMEOUT).load(KbSource.FetchListener.NONE);
    Map<String, KbDocument> docs = byUrl(loaded);

    assertEquals(3, loaded.documents().size(), "two pages of the Store API collection");
    KbDocument jacket = docs.get("/product/storm-jacket/");
    assertEquals("Storm jacket", jacket.title());
    assertEquals(List.of("product:101", "category:jackets"), jacket.tags());
    assertTrue(jacket.body().contains("On sale: €129,00 (EUR) instead of €159,00."), jacket.body());
    assertTrue(jacket.body().contains("Keeps you dry in any storm."), jacket.body());
    assertTrue(jacket.body().contains("Colour: Blue"), jacket.body());
    assertTrue(docs.get("/product/summit-beanie/").body().contains("Out of stock."));
    assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
  }

  @Test
  void should_report_a_failing_collection_and_keep_what_the_others_gave() {
    shop.failures.put("/wp-json/wp/v2/posts", 500);

    var loaded = new WordPressSource(shop.base(), TIMEOUT).load(KbSource.FetchListener.NONE);

    assertEquals(3, loaded.documents().size());
    assertEquals(1, loaded.problems().size());
    assertTrue(loaded.problems().get(0).reason().contains("HTTP 500"), loaded.problems().toString());
  }

  @Test
  void should_skip_everything_on_a_second_run_and_update_only_a_changed_product() throws Exception {
    StoreApiSource store = new StoreApiSource(shop.base(), TIMEOUT);
    WordPressSource wp = new WordPressSource(shop.base(), TIMEOUT);
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir.resolve("index"), fakeEmbeddings())) {
      kb.ingest(wp.id(), wp.load(KbSource.FetchListener.NONE).documents(), ProgressListener.NONE);
      IngestReport first = kb.ingest(store.id(), store.load(KbSource.FetchListener.NONE).documents(), ProgressListener.NONE);
      IngestReport again = kb.ingest(store.id(), store.load(KbSource.FetchListener.NONE).documents(), ProgressListener.NONE);
      shop.collections.put("/wp-json/wc/store/v1/products", products("Now with taped seams."));
      IngestReport changed = kb.ingest(store.id(), store.load(KbSource.FetchListener.NONE).documents(), ProgressListener.NONE);
      List<Passage> scoped = kb.search("what is it made of", 5, SearchFilter.of("102", false));

      assertEquals(3, first.added());
      assertEquals(new IngestReport(0, 0, 3, 0, 0, again.chunksTotal()), again);
      assertEquals(1, changed.updated());
      assertEquals(2, changed.skipped());
      assertEquals(7, kb.stats().documents(), "the WordPress pages stay beside the products");
      assertFalse(scoped.stream().anyMatch(p -> p.url().equals("/product/storm-jacket/")), "no other product's page");
      assertTrue(scoped.stream().anyMatch(p -> p.url().equals("/product/trail-socks/")));
    }
  }

  @Test
  void should_crawl_the_sitemap_on_its_own_host_obeying_robots_and_reporting_bad_pages() {
    shop.files.put("/robots.txt", "User-agent: *\nDisallow: /private/\n");
    shop.files.put("/sitemap.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>%ssitemap-pages.xml</loc></sitemap>
        </sitemapindex>""".formatted(shop.base()));
    shop.files.put("/sitemap-pages.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>%1$sdocs/shipping</loc></url>
          <url><loc>%1$sproduct/storm-jacket</loc></url>
          <url><loc>%1$sdocs/gone</loc></url>
          <url><loc>%1$sprivate/admin-notes</loc></url>
          <url><loc>https://elsewhere.example/docs/other</loc></url>
        </urlset>""".formatted(shop.base()));
    shop.files.put("/docs/shipping", "<html><head><title>Shipping | Shop</title></head><body><nav>Menu Home Cart</nav>"
        + "<main><h1>Shipping</h1><p>Parcels leave within one working day.</p></main><footer>(c) Shop</footer></body></html>");
    shop.files.put("/product/storm-jacket", "<html><head><title>Storm jacket</title></head>"
        + "<body class=\"product-template-default single single-product postid-101\"><main><p>Keeps you dry.</p></main></body></html>");
    shop.files.put("/private/admin-notes", "<html><body><p>do not index</p></body></html>");

    var loaded = WebSource.sitemap(shop.base().resolve("sitemap.xml"), FAST).load(KbSource.FetchListener.NONE);
    Map<String, KbDocument> docs = byUrl(loaded);
    Map<String, String> problems = loaded.problems().stream().collect(Collectors.toMap(
        p -> p.file().replace(shop.base().toString(), "/"), SourceProblem::reason));

    assertEquals(2, docs.size(), docs.keySet().toString());
    assertEquals("Shipping | Shop", docs.get("/docs/shipping").title());
    assertEquals("# Shipping\n\nParcels leave within one working day.", docs.get("/docs/shipping").body());
    assertTrue(docs.get("/docs/shipping").policy());
    assertEquals(List.of("product:101"), docs.get("/product/storm-jacket").tags());
    assertEquals(Map.of("/docs/gone", "HTTP 404", "/private/admin-notes", "disallowed by robots.txt"), problems);
  }

  /** Bag of hashed words: cheap, and enough for questions whose words are in the page. */
  private static ChunkEmbedder fakeEmbeddings() {
    EmbeddingModel model = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> {
          float[] v = new float[32];
          v[0] = 0.01f;
          for (String w : s.text().toLowerCase().split("\\W+")) {
            v[Math.floorMod(w.hashCode(), 32)] += 1;
          }
          return Embedding.from(v);
        }).toList());
      }

      @Override
      public int dimension() {
        return 32;
      }
    };
    return new ChunkEmbedder(model, "fake-32");
  }
}
