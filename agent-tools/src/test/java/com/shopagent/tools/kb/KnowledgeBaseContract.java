package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Passage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a customer or an admin would notice of any {@link KnowledgeBase}, on the shop corpus with
 * the real MiniLM model. Each store runs it through a subclass that says how to make storage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KnowledgeBaseContract {

  /** Where one knowledge base lives; opening it again reaches the same content. */
  interface Storage extends AutoCloseable {
    KnowledgeBase open(ChunkEmbedder embedder) throws Exception;
  }

  private static final int PAGES = 10; // the corpus minus its broken page

  /** Fresh, empty storage; closed (and thrown away) after the test. */
  protected abstract Storage newStorage() throws Exception;

  @TempDir Path folder;
  private Storage shared;
  private KnowledgeBase kb;
  private Storage storage;
  private Path docs;

  @BeforeAll
  void buildShopIndex() throws Exception {
    shared = newStorage();
    kb = shared.open(TestEmbeddings.miniLm());
    kb.ingest(new MarkdownFolderSource(ShopCorpus.writeTo(Files.createTempDirectory("shop"))).load().documents(),
        ProgressListener.NONE);
  }

  @AfterAll
  void closeShopIndex() throws Exception {
    kb.close();
    shared.close();
  }

  @BeforeEach
  void freshStorage() throws Exception {
    docs = ShopCorpus.writeTo(folder.resolve("docs"));
    storage = newStorage();
  }

  @AfterEach
  void dropStorage() throws Exception {
    storage.close();
  }

  private List<KbDocument> load() {
    return new MarkdownFolderSource(docs).load().documents();
  }

  private static List<String> urls(List<Passage> passages) {
    return passages.stream().map(Passage::url).toList();
  }

  @Test
  void should_answer_a_shipping_question_with_the_shipping_page_first() {
    List<Passage> passages = kb.search("How long does delivery to Germany take?", 5, SearchFilter.NONE);

    Passage first = passages.get(0);
    assertEquals(ShopCorpus.SHIPPING_URL, first.url());
    assertEquals("Shipping and delivery", first.title());
    assertTrue(first.text().contains("Germany"), first.text());
    assertTrue(first.score() > 0);
  }

  @Test
  void should_return_at_most_top_k_passages_one_per_page_best_first() {
    List<Passage> passages = kb.search("kettle", 4, SearchFilter.NONE);

    assertEquals(4, passages.size());
    assertEquals(passages.size(), urls(passages).stream().distinct().count());
    for (int i = 1; i < passages.size(); i++) {
      assertTrue(passages.get(i - 1).score() >= passages.get(i).score());
    }
  }

  @Test
  void should_include_a_policy_passage_when_a_returns_question_is_asked() {
    String question = "Can I return a kettle I have already used?";
    for (int topK = 1; topK <= 5; topK++) {
      Retrieval r = kb.retrieve(question, topK, SearchFilter.of(null, ReadKbTool.needsPolicy(question)));

      assertTrue(r.passages().stream().anyMatch(Passage::policy), "topK=" + topK + ": " + urls(r.passages()));
      assertTrue(r.signals().policyNeeded() && r.signals().policyFound(), r.signals().toString());
    }
  }

  @Test
  void should_force_the_best_policy_in_as_last_result_when_none_ranks_on_its_own() {
    String question = "How do I descale my kettle with vinegar?";
    List<Passage> plain = kb.search(question, 2, SearchFilter.NONE);
    List<Passage> forced = kb.search(question, 2, new SearchFilter(null, true));

    assertTrue(plain.stream().noneMatch(Passage::policy), "precondition: " + urls(plain));
    assertEquals(plain.get(0), forced.get(0));
    assertTrue(forced.get(1).policy(), urls(forced).toString());
    assertEquals(2, forced.size());
  }

  @Test
  void should_cite_only_that_products_page_when_the_question_is_scoped_to_a_product() {
    String question = "How long does the keep warm function keep my water hot?";
    List<Passage> unscoped = kb.search(question, 5, SearchFilter.NONE);
    List<Passage> scoped = kb.search(question, 5, SearchFilter.of("1042", false));

    assertTrue(urls(unscoped).contains(ShopCorpus.BOREALIS_URL), "precondition: both kettles match " + urls(unscoped));
    assertEquals(ShopCorpus.AURORA_URL, scoped.get(0).url());
    assertTrue(scoped.get(0).text().contains("30 minutes"), scoped.get(0).text());
    assertFalse(urls(scoped).contains(ShopCorpus.BOREALIS_URL), urls(scoped).toString());
  }

  @Test
  void should_still_offer_general_pages_when_scoped_to_a_product() {
    List<Passage> passages = kb.search("How much does shipping cost?", 5, SearchFilter.of(ShopCorpus.AURORA_TAG, false));

    assertEquals(ShopCorpus.AURORA_URL, passages.get(0).url(), "the product's page ranks first");
    assertTrue(urls(passages).contains(ShopCorpus.SHIPPING_URL), urls(passages).toString());
    assertFalse(urls(passages).contains(ShopCorpus.BOREALIS_URL));
  }

  @Test
  void should_signal_a_clear_winner_apart_from_a_vague_question() {
    RetrievalSignals clear = kb.retrieve("How do I check my gift card balance?", 5, SearchFilter.NONE).signals();
    RetrievalSignals vague = kb.retrieve("hello there", 5, SearchFilter.NONE).signals();

    assertEquals(1.0, clear.topScore(), 1e-9, "both halves rank the gift-card page first: " + clear);
    assertTrue(clear.agreeing() >= 1, clear.toString());
    assertTrue(clear.gap() > vague.gap(), clear + " vs " + vague);
    assertTrue(vague.topScore() < clear.topScore(), vague.toString());
    assertFalse(clear.policyNeeded());
  }

  @Test
  void should_rank_each_half_alone_when_asked() {
    String question = "Which payment methods do you accept?";
    for (SearchMode mode : SearchMode.values()) {
      Retrieval r = kb.retrieve(question, 3, SearchFilter.NONE, mode);

      assertEquals("/help/payment", r.passages().get(0).url(), mode.name());
      assertEquals(1.0, r.signals().topScore(), 1e-9, mode.name());
    }
  }

  @Test
  void should_serve_concurrent_searches_from_several_threads() throws Exception {
    List<String> questions = List.of("How long does delivery to Germany take?", "reset my password",
        "gift card balance", "Which payment methods do you accept?");
    List<String> expected = List.of(ShopCorpus.SHIPPING_URL, "/help/account", ShopCorpus.GIFT_CARDS_URL, "/help/payment");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int q = i % questions.size();
        results.add(pool.submit(() -> kb.search(questions.get(q), 3, SearchFilter.NONE).get(0).url().equals(expected.get(q))));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- ingest, on storage of each test's own

  @Test
  void should_add_every_page_and_report_progress_on_first_ingest() throws Exception {
    List<String> progress = new ArrayList<>();
    try (KnowledgeBase fresh = storage.open(TestEmbeddings.miniLm())) {
      IngestReport report = fresh.ingest(load(), (done, total, url) -> progress.add(done + "/" + total));

      assertEquals(new IngestReport(PAGES, 0, 0, 0, report.chunksWritten(), report.chunksWritten()), report);
      assertTrue(report.chunksWritten() > PAGES, "pages with headings give several chunks");
      assertEquals(new IndexStats(PAGES, report.chunksWritten()), fresh.stats());
      assertEquals("1/" + PAGES, progress.get(0));
      assertEquals(PAGES + "/" + PAGES, progress.get(PAGES - 1));
    }
  }

  @Test
  void should_skip_everything_and_keep_its_version_when_nothing_changed() throws Exception {
    try (KnowledgeBase fresh = storage.open(TestEmbeddings.fake("fake", 16))) {
      IndexStats before = stats(fresh.ingest(load(), ProgressListener.NONE), fresh);
      long version = fresh.version();

      IngestReport again = fresh.ingest(load(), ProgressListener.NONE);

      assertEquals(new IngestReport(0, 0, PAGES, 0, 0, before.chunks()), again);
      assertEquals(before, fresh.stats());
      assertEquals(version, fresh.version(), "cached answers stay valid");
    }
  }

  @Test
  void should_replace_a_changed_page_so_new_text_is_found_and_old_text_is_gone() throws Exception {
    try (KnowledgeBase fresh = storage.open(TestEmbeddings.miniLm())) {
      fresh.ingest(load(), ProgressListener.NONE);
      long version = fresh.version();
      Path shipping = docs.resolve("help/shipping.md");
      Files.writeString(shipping, Files.readString(shipping)
          .replace("Germany, Belgium and the Netherlands: 2-4 working days.",
              "Germany, Belgium and the Netherlands: next-day delivery by courier."));

      IngestReport report = fresh.ingest(load(), ProgressListener.NONE);
      List<Passage> passages = fresh.search("delivery time to Germany", 5, SearchFilter.NONE);

      assertEquals(1, report.updated());
      assertEquals(PAGES - 1, report.skipped());
      assertNotEquals(version, fresh.version());
      assertEquals(ShopCorpus.SHIPPING_URL, passages.get(0).url());
      assertTrue(passages.get(0).text().contains("next-day delivery by courier"), passages.get(0).text());
      assertFalse(passages.stream().anyMatch(p -> p.text().contains("Netherlands: 2-4 working days")));
      assertEquals(PAGES, fresh.stats().documents());
    }
  }

  @Test
  void should_remove_a_page_that_is_no_longer_there_but_only_from_its_own_source() throws Exception {
    try (KnowledgeBase fresh = storage.open(TestEmbeddings.fake("fake", 16))) {
      fresh.ingest("folder", load(), ProgressListener.NONE);
      fresh.ingest("wordpress", List.of(KbDocument.of("/blog/hello", "Hello", List.of(), false, "A blog post.")),
          ProgressListener.NONE);
      Files.delete(docs.resolve("help/gift-cards.md"));

      IngestReport report = fresh.ingest("folder", load(), ProgressListener.NONE);
      List<Passage> passages = fresh.search("How do I check my gift card balance?", 10, SearchFilter.NONE);

      assertEquals(1, report.removed());
      assertEquals(PAGES, fresh.stats().documents(), "nine folder pages and the blog post");
      assertFalse(urls(passages).contains(ShopCorpus.GIFT_CARDS_URL));
      assertTrue(urls(fresh.search("blog post", 10, SearchFilter.NONE)).contains("/blog/hello"));
    }
  }

  @Test
  void should_keep_the_index_across_close_and_reopen() throws Exception {
    IndexStats built;
    try (KnowledgeBase fresh = storage.open(TestEmbeddings.fake("fake", 16))) {
      built = stats(fresh.ingest(load(), ProgressListener.NONE), fresh);
    }
    try (KnowledgeBase again = storage.open(TestEmbeddings.fake("fake", 16))) {
      assertEquals(built, again.stats());
      assertEquals(ShopCorpus.SHIPPING_URL, again.search("delivery times", 3, SearchFilter.NONE).get(0).url());
      assertEquals(PAGES, again.ingest(load(), ProgressListener.NONE).skipped());
    }
  }

  @Test
  void should_rebuild_rather_than_mix_vectors_when_the_model_changes() throws Exception {
    try (KnowledgeBase fresh = storage.open(TestEmbeddings.fake("fake-a", 16))) {
      fresh.ingest(load(), ProgressListener.NONE);
    }
    try (KnowledgeBase other = storage.open(TestEmbeddings.fake("fake-b", 16))) {
      assertEquals(new IndexStats(0, 0), other.stats());
      assertEquals(PAGES, other.ingest(load(), ProgressListener.NONE).added());
    }
    try (KnowledgeBase wider = storage.open(TestEmbeddings.fake("fake-b", 32))) {
      assertEquals(new IndexStats(0, 0), wider.stats(), "a new dimension is a new model too");
    }
  }

  @Test
  void should_leave_the_index_untouched_when_the_model_fails_mid_ingest() throws Exception {
    try (KnowledgeBase fresh = storage.open(TestEmbeddings.fake("fake", 16))) {
      fresh.ingest(load(), ProgressListener.NONE);
      IndexStats before = fresh.stats();
      List<KbDocument> changed = new ArrayList<>(load().subList(1, PAGES));
      changed.add(KbDocument.of("/new", "New", List.of(), false, "new page"));

      assertThrows(IllegalStateException.class, () -> fresh.ingest(changed, (done, total, url) -> {
        throw new IllegalStateException("model down");
      }));

      assertEquals(before, fresh.stats());
      assertEquals(PAGES, fresh.ingest(load(), ProgressListener.NONE).skipped());
    }
  }

  private static IndexStats stats(IngestReport report, KnowledgeBase kb) {
    assertEquals(report.chunksTotal(), kb.stats().chunks());
    return kb.stats();
  }
}
