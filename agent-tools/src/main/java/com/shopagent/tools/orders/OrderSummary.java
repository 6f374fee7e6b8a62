package com.shopagent.tools.orders;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reply about an order its owner may read: "Your order ending in 0283 is Shipped via UPS
 * (tracking 1Z8F…5566). ETA: Mar 7. Items: …". The order number shows its last 4 digits and a
 * tracking number its first and last 4 characters: the chat is stored, audited and may be shown
 * to a model, and the full number is in the customer's shipping email and account.
 */
public final class OrderSummary {
  static final int MAX_ITEMS = 5;
  private static final DateTimeFormatter ETA = DateTimeFormatter.ofPattern("MMM d", Locale.US);

  private OrderSummary() {}

  /** "0283" for order 10283; short numbers stay whole. */
  public static String lastFour(String orderNumber) {
    return orderNumber.length() <= 4 ? orderNumber : orderNumber.substring(orderNumber.length() - 4);
  }

  /** The audit's reference to an order: "…0283". */
  public static String maskedRef(String orderNumber) {
    return "…" + lastFour(orderNumber);
  }

  static String maskTracking(String number) {
    if (number.length() >= 10) {
      return number.substring(0, 4) + "…" + number.substring(number.length() - 4);
    }
    return number.length() > 4 ? "…" + number.substring(number.length() - 4) : number;
  }

  /** @param orderNumber the number the customer asked about (masked here) */
  public static String describe(Order order, String orderNumber) {
    StatusWords.Words words = StatusWords.of(order.status());
    StringBuilder s = new StringBuilder("Your order ending in ").append(lastFour(orderNumber))
        .append(" is ").append(words.phrase());
    if (!order.shipments().isEmpty()) {
      boolean carriers = order.shipments().stream().anyMatch(p -> !p.carrier().isEmpty());
      s.append(words.meaning().isEmpty() ? "" : "; it was sent").append(carriers ? " via " : " with ")
          .append(parcels(order.shipments()));
    }
    s.append('.');
    if (words.inTransit()) {
      order.eta().ifPresent(eta -> s.append(" ETA: ").append(ETA.format(eta)).append('.'));
    }
    if (!order.items().isEmpty()) {
      s.append(" Items: ").append(items(order.items())).append('.');
    }
    if (!order.shippingMethods().isEmpty()) {
      s.append(" Shipping method: ").append(String.join(", ", order.shippingMethods())).append('.');
    }
    return s.toString();
  }

  private static String parcels(List<Order.Shipment> shipments) {
    List<String> parts = new ArrayList<>();
    for (Order.Shipment p : shipments) {
      String tracking = "tracking " + maskTracking(p.trackingNumber());
      parts.add(p.carrier().isEmpty() ? tracking : p.carrier() + " (" + tracking + ")");
    }
    return String.join(" and ", parts);
  }

  private static String items(List<Order.LineItem> items) {
    List<String> parts = new ArrayList<>();
    for (Order.LineItem item : items.subList(0, Math.min(MAX_ITEMS, items.size()))) {
      parts.add(item.quantity() + " × " + item.name());
    }
    int more = items.size() - MAX_ITEMS;
    String listed = String.join(", ", parts);
    return more > 0 ? listed + " and " + more + " more" : listed;
  }
}
