package com.shopagent.tools.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** WooCommerce's documented order (727) and variants of it, for the stand-in and the parser. */
final class OrderFixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  private OrderFixtures() {}

  /** "Retrieve an order" from the REST API documentation: processing, guest, john.doe@example.com. */
  static ObjectNode documented() {
    try (InputStream in = OrderFixtures.class.getResourceAsStream("/woocommerce/order_727_retrieve_response.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documented order under another id, owner, billing email and status. */
  static ObjectNode variant(long id, long customerId, String email, String status) {
    ObjectNode o = documented();
    o.put("id", id).put("number", Long.toString(id)).put("customer_id", customerId).put("status", status);
    ((ObjectNode) o.get("billing")).put("email", email);
    return o;
  }

  /** Adds Shipment Tracking and estimated-delivery meta as the extension stores them. */
  static ObjectNode withTracking(ObjectNode order, String provider, String number, String eta) {
    ArrayNode meta = (ArrayNode) order.get("meta_data");
    ObjectNode item = JSON.createObjectNode()
        .put("tracking_provider", provider).put("custom_tracking_provider", "").put("custom_tracking_link", "")
        .put("tracking_number", number).put("date_shipped", "1741132800").put("tracking_id", "t1");
    meta.addObject().put("id", 9001).put("key", "_wc_shipment_tracking_items").set("value", JSON.createArrayNode().add(item));
    meta.addObject().put("id", 9002).put("key", "_estimated_delivery_date").put("value", eta);
    return order;
  }

  /** The demo shop's orders as shipped in the repository (the tests run in agent-tools/). */
  static Path demoOrders() {
    Path inModule = Path.of("..", "config", "demo", "orders", "orders.json");
    return Files.exists(inModule) ? inModule : Path.of("config", "demo", "orders", "orders.json");
  }
}
