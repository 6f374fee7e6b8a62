package com.shopagent.tools.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads WooCommerce REST API v3 order JSON ({@code GET /wp-json/wc/v3/orders/{id}}) into an
 * {@link Order}. The HTTP client and the demo store share it, so both yield the same model.
 */
public final class OrderJson {
  public static final String TRACKING_META = "_wc_shipment_tracking_items";
  public static final String ETA_META = "_estimated_delivery_date";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private OrderJson() {}

  public static Order parse(byte[] json) throws IOException {
    return parse(MAPPER.readTree(json));
  }

  /** @throws IOException when the document is not an order (no numeric id or no status) */
  public static Order parse(JsonNode o) throws IOException {
    if (o == null || !o.path("id").canConvertToLong() || !o.path("status").isTextual()) {
      throw new IOException("not a WooCommerce order: id or status missing");
    }
    List<Order.LineItem> items = new ArrayList<>();
    for (JsonNode item : o.path("line_items")) {
      items.add(new Order.LineItem(ShopText.clean(item.path("name").asText()), item.path("quantity").asInt(1)));
    }
    List<String> methods = new ArrayList<>();
    for (JsonNode line : o.path("shipping_lines")) {
      String title = ShopText.clean(line.path("method_title").asText());
      if (!title.isEmpty()) {
        methods.add(title);
      }
    }
    List<Order.Shipment> shipments = new ArrayList<>();
    LocalDate eta = null;
    for (JsonNode meta : o.path("meta_data")) {
      String key = meta.path("key").asText();
      if (TRACKING_META.equals(key)) {
        meta.path("value").forEach(t -> shipment(t, shipments));
      } else if (ETA_META.equals(key)) {
        eta = date(meta.path("value").asText());
      }
    }
    return new Order(
        o.path("id").asLong(),
        o.path("number").asText(""),
        o.path("status").asText().toLowerCase(Locale.ROOT),
        o.path("customer_id").asLong(0),
        o.path("billing").path("email").asText(""),
        items,
        methods,
        shipments,
        eta);
  }

  /** Shipment Tracking stores a provider from its list, or a custom one when the list had none. */
  private static void shipment(JsonNode t, List<Order.Shipment> into) {
    String number = ShopText.clean(t.path("tracking_number").asText());
    if (number.isEmpty()) {
      return;
    }
    String carrier = ShopText.clean(t.path("tracking_provider").asText());
    if (carrier.isEmpty()) {
      carrier = ShopText.clean(t.path("custom_tracking_provider").asText());
    }
    into.add(new Order.Shipment(carrier.isEmpty() ? "" : Carriers.name(carrier), number));
  }

  private static LocalDate date(String value) {
    try {
      return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      return null; // an ETA the shop wrote in another format is left out rather than guessed
    }
  }
}
