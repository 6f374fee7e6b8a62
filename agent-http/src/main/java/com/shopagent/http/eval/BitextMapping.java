package com.shopagent.http.eval;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bitext's 27 customer-service intents mapped to ours, with the tier and whether escalation is a
 * must: the scoring policy agreed for issue 4 (the table in the data folder's README).
 */
final class BitextMapping {
  record Target(Set<String> intents, String tier, boolean mustEscalate) {}

  private static final Map<String, Target> TABLE = Map.ofEntries(
      Map.entry("track_order", no("medium", "order_status")),
      Map.entry("delivery_period", no("low", "faq", "order_status")),
      Map.entry("delivery_options", no("low", "faq")),
      Map.entry("check_payment_methods", no("low", "faq")),
      Map.entry("newsletter_subscription", no("low", "faq")),
      Map.entry("place_order", no("low", "faq")),
      Map.entry("check_refund_policy", no("low", "faq")),
      Map.entry("check_cancellation_fee", no("low", "faq")),
      Map.entry("review", no("low", "faq", "other")),
      Map.entry("check_invoice", no("medium", "faq", "order_status")),
      Map.entry("get_invoice", no("medium", "faq", "order_status")),
      Map.entry("create_account", no("low", "account", "faq")),
      Map.entry("cancel_order", must("order_change")),
      Map.entry("change_order", must("order_change")),
      Map.entry("get_refund", must("order_change")),
      Map.entry("track_refund", must("order_change")),
      Map.entry("change_shipping_address", must("order_change", "account")),
      Map.entry("set_up_shipping_address", must("order_change", "account")),
      Map.entry("delete_account", must("account")),
      Map.entry("edit_account", must("account")),
      Map.entry("recover_password", must("account")),
      Map.entry("switch_account", must("account")),
      Map.entry("registration_problems", must("account")),
      Map.entry("payment_issue", must("account", "order_change")),
      Map.entry("contact_human_agent", must("human")),
      Map.entry("contact_customer_service", must("human")),
      Map.entry("complaint", must("complaint")));

  private BitextMapping() {}

  static Optional<Target> of(String bitextIntent) {
    return Optional.ofNullable(TABLE.get(bitextIntent));
  }

  private static Target no(String tier, String... intents) {
    return new Target(Set.of(intents), tier, false);
  }

  private static Target must(String... intents) {
    return new Target(Set.of(intents), "high", true);
  }
}
