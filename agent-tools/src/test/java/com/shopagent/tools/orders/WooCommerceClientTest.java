package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.tools.orders.OrderSourceException.Kind;
import com.shopagent.tools.orders.WooCommerceStandIn.Reply;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST client against a local stand-in that speaks WooCommerce's documented shapes. */
class WooCommerceClientTest {
  private static final Duration BUDGET = Duration.ofSeconds(3);
  private static TestTls tls;
  private WooCommerceStandIn shop;

  @BeforeAll
  static void certificate(@TempDir Path dir) throws Exception {
    tls = TestTls.create(dir);
  }

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  static WooCommerceSettings settings(String url, Duration requestTimeout) {
    return new WooCommerceSettings(url, WooCommerceStandIn.KEY, WooCommerceStandIn.SECRET, "", requestTimeout, 2,
        Duration.ofMillis(20), Duration.ofMinutes(5), false, Path.of("unused.json"));
  }

  private WooCommerceClient httpsClient(Duration requestTimeout) throws Exception {
    shop = WooCommerceStandIn.https(tls.server);
    return new WooCommerceClient(settings(shop.url(), requestTimeout),
        HttpClient.newBuilder().sslContext(tls.client).build(),
        new OAuth1Signer(WooCommerceStandIn.KEY, WooCommerceStandIn.SECRET));
  }

  @Test
  void should_read_the_documented_order_with_basic_auth_when_the_shop_uses_https() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));
    shop.put(727, OrderFixtures.documented().toString());

    Order order = client.find(727, BUDGET).orElseThrow();

    assertEquals("processing", order.status());
    assertEquals(0, order.customerId());
    assertEquals("john.doe@example.com", order.billingEmail());
    assertEquals(List.of(new Order.LineItem("Woo Single #1", 2),
        new Order.LineItem("Ship Your Idea – Color: Black, Size: M Test", 1)), order.items());
    assertEquals(List.of("Flat Rate"), order.shippingMethods());
    assertNull(shop.requests.get(0).query(), "over https the key travels in the Basic auth header only");
  }

  @Test
  void should_sign_the_request_and_send_no_credentials_when_the_shop_uses_plain_http() throws Exception {
    shop = WooCommerceStandIn.http().put(727, OrderFixtures.documented().toString());
    WooCommerceClient client = new WooCommerceClient(settings(shop.url(), Duration.ofSeconds(2)));

    Optional<Order> first = client.find(727, BUDGET);
    Optional<Order> second = client.find(727, BUDGET);

    assertTrue(first.isPresent() && second.isPresent(), "the stand-in accepted both signatures and nonces");
    String query = shop.requests.get(0).query();
    assertNull(shop.requests.get(0).authorization());
    assertTrue(query.contains("oauth_signature_method=HMAC-SHA256"), query);
    assertFalse(query.contains(WooCommerceStandIn.SECRET), "the secret never travels");
  }

  @Test
  void should_be_refused_by_the_shop_when_the_secret_is_wrong() throws Exception {
    shop = WooCommerceStandIn.http().put(727, OrderFixtures.documented().toString());
    WooCommerceSettings wrong = new WooCommerceSettings(shop.url(), WooCommerceStandIn.KEY, "cs_wrong", "",
        Duration.ofSeconds(2), 2, Duration.ofMillis(20), Duration.ofMinutes(5), false, Path.of("unused.json"));

    OrderSourceException e = assertThrows(OrderSourceException.class, () -> new WooCommerceClient(wrong).find(727, BUDGET));

    assertEquals(Kind.REJECTED, e.kind());
    assertEquals(1, shop.requests.size(), "401 is not retried");
  }

  @Test
  void should_answer_empty_without_retrying_when_the_order_does_not_exist() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));

    assertEquals(Optional.empty(), client.find(999, BUDGET));
    assertEquals(1, shop.requests.size());
  }

  @Test
  void should_fail_without_retrying_when_the_key_may_not_read_orders() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));
    shop.put(727, OrderFixtures.documented().toString())
        .then(Reply.error(401, "woocommerce_rest_cannot_view"), Reply.error(403, "woocommerce_rest_cannot_view"));

    OrderSourceException unauthorized = assertThrows(OrderSourceException.class, () -> client.find(727, BUDGET));
    OrderSourceException forbidden = assertThrows(OrderSourceException.class, () -> client.find(727, BUDGET));

    assertEquals(Kind.REJECTED, unauthorized.kind());
    assertEquals(Kind.REJECTED, forbidden.kind());
    assertTrue(forbidden.getMessage().contains("403 woocommerce_rest_cannot_view"), forbidden.getMessage());
    assertFalse(forbidden.getMessage().contains(WooCommerceStandIn.SECRET));
    assertEquals(2, shop.requests.size(), "one request each");
  }

  @Test
  void should_retry_and_answer_when_the_shop_fails_with_500_then_recovers() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));
    shop.put(727, OrderFixtures.documented().toString())
        .then(Reply.error(500, "internal_server_error"), Reply.error(503, "service_unavailable"));

    assertTrue(client.find(727, BUDGET).isPresent());
    assertEquals(3, shop.requests.size());
  }

  @Test
  void should_give_up_after_two_retries_when_the_shop_keeps_failing() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));
    shop.put(727, OrderFixtures.documented().toString()).then(
        Reply.error(500, "internal_server_error"), Reply.error(500, "internal_server_error"),
        Reply.error(500, "internal_server_error"), Reply.error(500, "internal_server_error"));

    OrderSourceException e = assertThrows(OrderSourceException.class, () -> client.find(727, BUDGET));

    assertEquals(Kind.SERVER_ERROR, e.kind());
    assertEquals(3, shop.requests.size());
  }

  @Test
  void should_time_out_and_retry_within_the_budget_when_the_shop_hangs() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofMillis(300));
    shop.put(727, OrderFixtures.documented().toString()).then(Reply.hang());

    long start = System.nanoTime();
    Optional<Order> order = client.find(727, Duration.ofSeconds(2));
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertTrue(order.isPresent(), "the retry after the timeout got the order");
    assertTrue(tookMs >= 300 && tookMs < 2000, "took " + tookMs + " ms");
  }

  @Test
  void should_stop_at_the_budget_when_every_attempt_hangs() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));
    shop.then(Reply.hang(), Reply.hang(), Reply.hang());

    long start = System.nanoTime();
    OrderSourceException e = assertThrows(OrderSourceException.class, () -> client.find(727, Duration.ofMillis(600)));
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertEquals(Kind.UNREACHABLE, e.kind());
    assertTrue(tookMs < 1000, "the 2 s request timeout was capped by the 600 ms budget: took " + tookMs + " ms");
  }

  @Test
  void should_be_unavailable_when_the_url_has_no_woocommerce_api() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));
    shop.then(Reply.error(404, "rest_no_route"));

    OrderSourceException e = assertThrows(OrderSourceException.class, () -> client.find(727, BUDGET));

    assertEquals(Kind.BAD_RESPONSE, e.kind());
  }

  @Test
  void should_not_trust_an_answer_about_another_order() throws Exception {
    WooCommerceClient client = httpsClient(Duration.ofSeconds(2));
    shop.then(new Reply(200, OrderFixtures.variant(728, 5, "x@example.com", "processing").toString(), false));

    OrderSourceException e = assertThrows(OrderSourceException.class, () -> client.find(727, BUDGET));

    assertEquals(Kind.BAD_RESPONSE, e.kind());
  }

  @Test
  void should_refuse_settings_that_cannot_work_with_a_plain_message() {
    var remoteHttp = new WooCommerceSettings("http://shop.example", "ck_a", "cs_b", "", Duration.ofSeconds(2), 2,
        Duration.ofMillis(100), Duration.ofMinutes(5), false, Path.of("x"));
    var noSecret = new WooCommerceSettings("https://shop.example", "ck_a", "", "", Duration.ofSeconds(2), 2,
        Duration.ofMillis(100), Duration.ofMinutes(5), false, Path.of("x"));

    assertTrue(assertThrows(IllegalArgumentException.class, remoteHttp::validated).getMessage().contains("unencrypted"));
    assertTrue(assertThrows(IllegalArgumentException.class, noSecret::validated).getMessage().contains("WOOCOMMERCE_SECRET"));
    assertFalse(remoteHttp.toString().contains("cs_b") || remoteHttp.toString().contains("ck_a"), remoteHttp.toString());
  }
}
