package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopagent.tools.orders.WooCommerceWebhooks.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Order webhooks as WooCommerce delivers them. The signature below was computed outside this code:
 * {@code printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'whsec-demo' -binary | base64}.
 */
class WooCommerceWebhooksTest {
  static final byte[] BODY = "{\"id\":10283,\"status\":\"completed\"}".getBytes(StandardCharsets.UTF_8);
  static final String SIGNATURE = "HFOAoXpShbaPdfVeysdgkQnx6eom5aRGquwV9mH7Ucc=";
  private final List<Long> forgotten = new CopyOnWriteArrayList<>();
  private final WooCommerceWebhooks hooks = new WooCommerceWebhooks("whsec-demo", forgotten::add);

  @Test
  void should_forget_the_order_when_a_signed_order_update_arrives() {
    assertEquals(Result.ACCEPTED, hooks.handle("order.updated", SIGNATURE, BODY));
    assertEquals(List.of(10283L), forgotten);
  }

  @Test
  void should_refuse_a_delivery_whose_signature_does_not_match() {
    byte[] tampered = "{\"id\":10284,\"status\":\"completed\"}".getBytes(StandardCharsets.UTF_8);

    assertEquals(Result.BAD_SIGNATURE, hooks.handle("order.updated", SIGNATURE, tampered));
    assertEquals(Result.BAD_SIGNATURE, hooks.handle("order.updated", "not base64!", BODY));
    assertEquals(Result.BAD_SIGNATURE, hooks.handle("order.updated", null, BODY));
    assertEquals(Result.BAD_SIGNATURE, new WooCommerceWebhooks("other", forgotten::add).handle("order.updated", SIGNATURE, BODY));
    assertEquals(List.of(), forgotten);
  }

  @Test
  void should_acknowledge_the_ping_sent_when_the_webhook_is_saved_and_ignore_other_topics() {
    assertEquals(Result.PING, hooks.handle(null, null, "webhook_id=142".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Result.IGNORED, hooks.handle("product.updated", SIGNATURE, BODY));
    assertEquals(List.of(), forgotten);
  }

  @Test
  void should_be_off_when_no_secret_is_configured() {
    assertEquals(Result.DISABLED, new WooCommerceWebhooks("", forgotten::add).handle("order.updated", SIGNATURE, BODY));
  }
}
