package com.shopagent.tools.kb.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.SourceProblem;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Security review finding 1: a page listed in a sitemap that redirects to an internal address
 * must not end up in the knowledge base, and responses are capped in size.
 */
class IngestHopsTest {
  private static final WebSource.Settings FAST = new WebSource.Settings(2, Duration.ZERO, Duration.ofSeconds(5), 100);
  private final ShopStandIn shop = new ShopStandIn();
  private final ShopStandIn internal = new ShopStandIn();

  @AfterEach
  void close() {
    shop.close();
    internal.close();
  }

  @Test
  void should_not_index_a_listed_page_that_redirects_to_another_loopback_address() {
    internal.files.put("/latest/meta-data", "<html><body><p>AccessKeyId ASIA-SECRET-CREDENTIALS</p></body></html>");
    String internalUrl = internal.base().resolve("latest/meta-data").toString();
    shop.redirects.put("/docs/moved", internalUrl);
    shop.redirects.put("/docs/renamed", shop.base().resolve("docs/shipping").toString());
    shop.files.put("/docs/shipping", "<html><body><main><p>Parcels leave within one working day.</p></main></body></html>");
    shop.files.put("/sitemap.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>%1$sdocs/moved</loc></url>
          <url><loc>%1$sdocs/renamed</loc></url>
        </urlset>""".formatted(shop.base()));

    var loaded = WebSource.sitemap(shop.base().resolve("sitemap.xml"), FAST).load(KbSource.FetchListener.NONE);

    Map<String, String> problems = loaded.problems().stream().collect(Collectors.toMap(
        p -> p.file().replace(shop.base().toString(), "/"), SourceProblem::reason));
    assertEquals(1, loaded.documents().size(), "only the same-host redirect is followed");
    assertTrue(loaded.documents().stream().map(KbDocument::body).noneMatch(b -> b.contains("SECRET")));
    assertTrue(problems.get("/docs/moved").startsWith("redirected off the source's host"), problems.toString());
  }

  @Test
  void should_refuse_private_loopback_and_link_local_hops_of_a_public_source() {
    Hops hops = new Hops(host -> switch (host) {
      case "shop.example" -> new InetAddress[] {InetAddress.getByName("203.0.113.7")};
      case "rebound.example" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
      default -> new InetAddress[] {InetAddress.getByName(host)};
    });
    URI shopPage = URI.create("https://shop.example/docs/a");
    assertTrue(hops.refusal(shopPage, URI.create("https://shop.example/docs/b")).isEmpty());
    assertTrue(hops.refusal(URI.create("http://shop.example/a"), URI.create("https://shop.example/a")).isEmpty());
    assertTrue(hops.refusal(shopPage, URI.create("http://169.254.169.254/latest/meta-data")).isPresent());
    assertTrue(hops.refusal(shopPage, URI.create("https://shop.example:8443/admin")).isPresent());
    URI rebound = URI.create("https://rebound.example/");
    assertTrue(hops.refusal(rebound, rebound).orElse("").contains("internal address"));
    URI metadata = URI.create("http://169.254.169.254/latest/meta-data");
    assertTrue(hops.refusal(metadata, metadata).isPresent(), "link-local is never 'explicitly local'");
    assertFalse(Hops.explicitlyLocal("shop.example"));
    assertTrue(Hops.explicitlyLocal("127.0.0.1") && Hops.explicitlyLocal("localhost"));
  }

  @Test
  void should_refuse_a_response_larger_than_the_cap() {
    shop.files.put("/big", "<html><body>" + "x".repeat(20_000) + "</body></html>");
    shop.files.put("/small", "<html><body>fine</body></html>");
    HttpFetcher capped = new HttpFetcher(Duration.ofSeconds(5), 10_000, Hops.SYSTEM);

    assertEquals("larger than 9 KiB", capped.get(shop.base().resolve("big")).problem());
    assertTrue(capped.get(shop.base().resolve("small")).ok());
  }
}
