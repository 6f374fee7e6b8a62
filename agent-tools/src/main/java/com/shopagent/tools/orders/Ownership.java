package com.shopagent.tools.orders;

import com.shopagent.core.model.Identity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Who may see an order, decided on the backend after the lookup:
 * <ul>
 *   <li>a signed-in WordPress user ({@code user:<id>}) with {@code orders.read_own}, when the
 *       order's {@code customer_id} is that id (WooCommerce's customer id is the WordPress user id);
 *   <li>anyone who gives the order's billing email, as WooCommerce's own order-tracking form
 *       accepts order number + billing email: guests, and signed-in users asking about an order
 *       they placed as a guest.
 * </ul>
 * Everything else, including an unknown order, is one answer. Both checks always run and the
 * email comparison is constant-time over digests, so the time taken does not depend on whether
 * the order exists or whose it is.
 */
public final class Ownership {
  /** Stands in for the billing email of an order that does not exist: it matches no input. */
  private static final String NO_ORDER = "\u0000no order\u0000";

  private Ownership() {}

  public static boolean mayRead(Optional<Order> order, Identity who, Optional<String> billingEmail) {
    long customer = order.map(Order::customerId).orElse(-1L);
    OptionalLong user = signedInUser(who);
    boolean byAccount = user.isPresent() && customer > 0 && customer == user.getAsLong();
    byte[] expected = digest(normalize(order.map(Order::billingEmail).orElse(NO_ORDER)));
    byte[] given = digest(normalize(billingEmail.orElse("")));
    boolean byEmail = MessageDigest.isEqual(expected, given) & billingEmail.isPresent()
        & order.map(o -> !o.billingEmail().isBlank()).orElse(false);
    return order.isPresent() & (byAccount | byEmail);
  }

  /** The WordPress user id of a signed-in caller allowed to read their own orders. */
  public static OptionalLong signedInUser(Identity who) {
    String subject = who.subject();
    if (!who.has(Identity.ORDERS_READ_OWN) || subject == null || !subject.matches("user:[1-9][0-9]{0,17}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(subject.substring(5)));
  }

  /** Case and surrounding spaces do not matter in an email address as customers type it. */
  static String normalize(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static byte[] digest(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
