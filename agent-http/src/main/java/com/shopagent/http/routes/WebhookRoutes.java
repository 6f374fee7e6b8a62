package com.shopagent.http.routes;

import static akka.http.javadsl.server.PathMatchers.segment;

import akka.http.javadsl.server.Route;
import akka.http.javadsl.unmarshalling.Unmarshaller;
import com.shopagent.http.Json;
import com.shopagent.http.chat.ChatError;
import com.shopagent.tools.orders.WooCommerceWebhooks;

/**
 * {@code POST /v1/webhooks/woocommerce}: the shop's order webhooks, so a cached order is forgotten
 * when it changes. Only deliveries signed with the webhook secret count (see
 * {@link WooCommerceWebhooks}); the answer says nothing about any order.
 */
public final class WebhookRoutes extends RouteSupport {
  /** An order payload is a few kilobytes; anything far larger is not from WooCommerce. */
  static final long MAX_BODY_BYTES = 1_000_000;
  private static final ChatError BAD_SIGNATURE =
      new ChatError("bad_signature", "The X-WC-Webhook-Signature header does not match the body.", 401);
  private static final ChatError OFF = new ChatError("not_found", "No such endpoint.", 404);

  private final WooCommerceWebhooks webhooks;

  public WebhookRoutes(WooCommerceWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  public Route routes() {
    return path(segment("v1").slash("webhooks").slash("woocommerce"), () -> post(() ->
        optionalHeaderValueByName("X-WC-Webhook-Topic", topic ->
            optionalHeaderValueByName("X-WC-Webhook-Signature", signature ->
                withSizeLimit(MAX_BODY_BYTES, () -> entity(Unmarshaller.entityToByteString(), body -> {
                  var result = webhooks.handle(topic.orElse(null), signature.orElse(null), body.toArray());
                  return switch (result) {
                    case ACCEPTED, PING, IGNORED -> complete(json(200, Json.MAPPER.createObjectNode().put("ok", true)));
                    case BAD_SIGNATURE -> complete(error(BAD_SIGNATURE));
                    case DISABLED -> complete(error(OFF));
                  };
                }))))));
  }
}
