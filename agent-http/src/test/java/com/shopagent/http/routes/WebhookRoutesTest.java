package com.shopagent.http.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import com.shopagent.tools.orders.CachedOrderSource;
import com.shopagent.tools.orders.WooCommerceWebhooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoint over real HTTP, as WooCommerce calls it. The signature was computed outside
 * this code: {@code printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'whsec-demo' -binary | base64}.
 */
class WebhookRoutesTest {
  static final String BODY = "{\"id\":10283,\"status\":\"completed\"}";
  static final String SIGNATURE = "HFOAoXpShbaPdfVeysdgkQnx6eom5aRGquwV9mH7Ucc=";
  static final ActorTestKit testKit = ActorTestKit.create();
  static final AtomicInteger shopCalls = new AtomicInteger();
  static final CachedOrderSource orders = new CachedOrderSource((id, budget) -> {
    shopCalls.incrementAndGet();
    return Optional.empty();
  }, Duration.ofMinutes(5));
  static ServerBinding binding;
  static ServerBinding disabled;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void bind() throws Exception {
    binding = Http.get(testKit.system()).newServerAt("127.0.0.1", 0)
        .bind(new WebhookRoutes(new WooCommerceWebhooks("whsec-demo", orders::invalidate)).routes())
        .toCompletableFuture().get();
    disabled = Http.get(testKit.system()).newServerAt("127.0.0.1", 0)
        .bind(new WebhookRoutes(new WooCommerceWebhooks("", orders::invalidate)).routes())
        .toCompletableFuture().get();
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @BeforeEach
  void cached() {
    orders.invalidate(10283);
    orders.find(10283, Duration.ofSeconds(1));
    shopCalls.set(0);
  }

  private HttpResponse<String> post(ServerBinding to, String body, String signature) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.localAddress().getPort()
            + "/v1/webhooks/woocommerce"))
        .header("Content-Type", "application/json")
        .header("User-Agent", "WooCommerce/9.6.2 Hookshot (WordPress/6.7.2)")
        .header("X-WC-Webhook-Source", "https://juniperpine.example/")
        .header("X-WC-Webhook-Topic", "order.updated")
        .header("X-WC-Webhook-Resource", "order")
        .header("X-WC-Webhook-Event", "updated")
        .header("X-WC-Webhook-ID", "142")
        .header("X-WC-Webhook-Delivery-ID", "9f1c")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      b.header("X-WC-Webhook-Signature", signature);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void should_make_the_next_lookup_ask_the_shop_again_when_a_signed_order_update_arrives() throws Exception {
    HttpResponse<String> response = post(binding, BODY, SIGNATURE);
    orders.find(10283, Duration.ofSeconds(1));

    assertEquals(200, response.statusCode());
    assertEquals(1, shopCalls.get(), "the cached lookup was forgotten");
  }

  @Test
  void should_refuse_with_401_and_keep_the_cache_when_the_signature_is_wrong() throws Exception {
    HttpResponse<String> response = post(binding, BODY.replace("10283", "10284"), SIGNATURE);
    orders.find(10283, Duration.ofSeconds(1));

    assertEquals(401, response.statusCode());
    assertTrue(response.body().contains("bad_signature"), response.body());
    assertEquals(0, shopCalls.get());
  }

  @Test
  void should_acknowledge_the_unsigned_ping_woocommerce_sends_when_the_webhook_is_saved() throws Exception {
    assertEquals(200, post(binding, "webhook_id=142", null).statusCode());
  }

  @Test
  void should_not_exist_when_no_webhook_secret_is_configured() throws Exception {
    assertEquals(404, post(disabled, BODY, SIGNATURE).statusCode());
  }

  @Test
  void should_refuse_a_body_far_larger_than_an_order() throws Exception {
    assertEquals(413, post(binding, "{\"id\":1,\"pad\":\"" + "x".repeat(1_100_000) + "\"}", SIGNATURE).statusCode());
  }
}
