package com.shopagent.tools.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a WooCommerce order the agent may talk about, parsed from the REST API v3 shape
 * by {@link OrderJson}. {@code billingEmail} is for the ownership check only: it never goes into
 * a reply, a log line or {@link #toString()}.
 *
 * @param customerId the WordPress user id of the buyer; 0 for a guest checkout
 * @param shippingMethods the {@code method_title} of each shipping line
 * @param shipments the Shipment Tracking meta ({@code _wc_shipment_tracking_items}), oldest first
 * @param estimatedDelivery the {@code _estimated_delivery_date} meta, or null
 */
public record Order(
    long id,
    String number,
    String status,
    long customerId,
    String billingEmail,
    List<LineItem> items,
    List<String> shippingMethods,
    List<Shipment> shipments,
    LocalDate estimatedDelivery) {

  public Order {
    items = List.copyOf(items);
    shippingMethods = List.copyOf(shippingMethods);
    shipments = List.copyOf(shipments);
  }

  public Optional<LocalDate> eta() {
    return Optional.ofNullable(estimatedDelivery);
  }

  /** The customer-facing number: WooCommerce's {@code number}, which may differ from the id. */
  public String displayNumber() {
    return number == null || number.isBlank() ? Long.toString(id) : number;
  }

  /** Keeps the billing email out of logs and exception messages. */
  @Override
  public String toString() {
    return "Order[id=" + id + ", status=" + status + ", customerId=" + customerId + ", items=" + items.size() + "]";
  }

  public record LineItem(String name, int quantity) {}

  /** One parcel: the carrier's name as the shop entered it and the tracking number. */
  public record Shipment(String carrier, String trackingNumber) {}
}
