package com.shopagent.tools.orders;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The email address on a signed-in customer's account, as the shop has it: what {@code send_email}
 * writes to, so a chat can never make the shop's mail server write to an address someone typed.
 * A WordPress user id is the WooCommerce customer id.
 */
@FunctionalInterface
public interface AccountEmails {

  /** @param customerId the number in a "user:&lt;id&gt;" subject */
  Optional<String> of(long customerId);

  /** "user:101" → 101; empty for guests and anything else. */
  static Optional<Long> customerId(String subject) {
    return subject != null && subject.matches("user:[0-9]{1,18}") ? Optional.of(Long.parseLong(subject.substring(5)))
        : Optional.empty();
  }

  /** The demo shop's customers.json (beside its orders) or the shop's {@code GET /customers/{id}}. */
  static AccountEmails open(WooCommerceSettings settings) {
    WooCommerceSettings checked = settings.validated();
    return checked.demo() ? demo(checked.demoOrders().resolveSibling("customers.json"))
        : new WooCommerceClient(checked)::accountEmail;
  }

  /** @throws UncheckedIOException when the file cannot be read */
  static AccountEmails demo(Path customersJson) {
    Map<Long, String> emails = new HashMap<>();
    try {
      for (JsonNode c : OrderJson.MAPPER.readTree(customersJson.toFile())) {
        if (c.path("email").isTextual() && !c.path("email").asText().isBlank()) {
          emails.put(c.path("id").asLong(), c.path("email").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo customers from " + customersJson + ": " + e.getMessage(), e);
    }
    Map<Long, String> byId = Map.copyOf(emails);
    return id -> Optional.ofNullable(byId.get(id));
  }
}
