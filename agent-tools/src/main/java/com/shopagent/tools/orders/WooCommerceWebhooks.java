package com.shopagent.tools.orders;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the shop's order webhooks ({@code order.created/updated/deleted/restored}) so a cached
 * order is forgotten as soon as it changes. A delivery counts only when its
 * {@code X-WC-Webhook-Signature} (base64 HMAC-SHA256 of the raw body with the webhook secret) is
 * right; the unsigned ping WooCommerce sends when a webhook is saved ({@code webhook_id=N}) is
 * acknowledged and does nothing. A replayed delivery can only make us forget an order early.
 */
public final class WooCommerceWebhooks {
  public enum Result { ACCEPTED, PING, IGNORED, BAD_SIGNATURE, DISABLED }

  private static final Logger log = LoggerFactory.getLogger(WooCommerceWebhooks.class);
  private static final Pattern PING = Pattern.compile("webhook_id=[0-9]{1,20}");
  private final byte[] secret;
  private final LongConsumer orderChanged;

  /**
   * @param secret the secret set on the shop's webhooks; empty disables the endpoint
   * @param orderChanged what to do with the id of a changed order, e.g. {@link CachedOrderSource#invalidate}
   */
  public WooCommerceWebhooks(String secret, LongConsumer orderChanged) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.orderChanged = orderChanged;
  }

  public Result handle(String topic, String signature, byte[] body) {
    if (secret.length == 0) {
      return Result.DISABLED;
    }
    if (signature == null || signature.isBlank()) {
      return PING.matcher(new String(body, StandardCharsets.UTF_8).strip()).matches() ? Result.PING : Result.BAD_SIGNATURE;
    }
    if (!verify(body, signature)) {
      log.warn("WooCommerce webhook with a wrong signature refused (topic {})", topic == null ? "-" : topic.replaceAll("[^a-z._]", ""));
      return Result.BAD_SIGNATURE;
    }
    if (topic == null || !topic.startsWith("order.")) {
      return Result.IGNORED;
    }
    try {
      JsonNode id = OrderJson.MAPPER.readTree(body).path("id");
      if (!id.canConvertToLong()) {
        return Result.IGNORED;
      }
      orderChanged.accept(id.asLong());
      return Result.ACCEPTED;
    } catch (IOException e) {
      return Result.IGNORED;
    }
  }

  boolean verify(byte[] body, String signature) {
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(Hmac.sha256(secret, body), given);
  }
}
