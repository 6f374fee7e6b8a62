package com.shopagent.tools.orders;

import java.util.Locale;
import java.util.Map;

/**
 * WooCommerce order statuses in plain words. Core statuses get a short label and what it means
 * for the customer; custom ones (from status plugins: {@code shipped}, {@code ready-to-ship},
 * {@code wc-awaiting-pickup}) are made readable from their slug.
 */
final class StatusWords {

  /** @param meaning a clause after the label, or empty; {@code inTransit}: an ETA makes sense */
  record Words(String label, String meaning, boolean inTransit) {
    String phrase() {
      return meaning.isEmpty() ? label : label + " (" + meaning + ")";
    }
  }

  private static final Map<String, Words> KNOWN = Map.ofEntries(
      Map.entry("pending", new Words("Pending payment", "we haven't received the payment yet", false)),
      Map.entry("processing", new Words("Processing", "paid and being prepared for shipping", true)),
      Map.entry("on-hold", new Words("On hold", "waiting for a payment confirmation or a check by our team", true)),
      Map.entry("completed", new Words("Completed", "the shop has fulfilled it", false)),
      Map.entry("cancelled", new Words("Cancelled", "", false)),
      Map.entry("refunded", new Words("Refunded", "", false)),
      Map.entry("failed", new Words("Failed", "the payment did not go through", false)),
      Map.entry("checkout-draft", new Words("Not placed yet", "the checkout was not finished", false)),
      Map.entry("trash", new Words("No longer active", "", false)),
      Map.entry("shipped", new Words("Shipped", "", true)),
      Map.entry("partial-shipped", new Words("Partly shipped", "", true)),
      Map.entry("delivered", new Words("Delivered", "", false)));

  private StatusWords() {}

  static Words of(String status) {
    String slug = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    if (slug.startsWith("wc-")) {
      slug = slug.substring(3);
    }
    Words known = KNOWN.get(slug);
    return known != null ? known : new Words(readable(slug), "", true);
  }

  /** "ready-to-ship" → "Ready to ship"; a slug with nothing readable → "In progress". */
  private static String readable(String slug) {
    String words = slug.replaceAll("[^a-z0-9]+", " ").strip();
    if (words.isEmpty()) {
      return "In progress";
    }
    if (words.length() > 40) {
      words = words.substring(0, 40).strip();
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
