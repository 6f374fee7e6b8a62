package com.shopagent.tools.orders;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded default: the demo shop's orders, read once from a JSON array in the WooCommerce
 * REST API v3 order shape ({@code config/demo/orders/orders.json}).
 */
public final class DemoOrderStore implements OrderSource {
  private final Map<Long, Order> orders;

  private DemoOrderStore(Map<Long, Order> orders) {
    this.orders = Map.copyOf(orders);
  }

  /** @throws UncheckedIOException when the file is missing or is not an array of orders */
  public static DemoOrderStore load(Path file) {
    try {
      JsonNode array = OrderJson.MAPPER.readTree(file.toFile());
      if (!array.isArray()) {
        throw new IOException(file + " is not a JSON array of orders");
      }
      Map<Long, Order> byId = new HashMap<>();
      for (JsonNode node : array) {
        Order order = OrderJson.parse(node);
        byId.put(order.id(), order);
      }
      return new DemoOrderStore(byId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo orders from " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Order> find(long orderId, Duration budget) {
    return Optional.ofNullable(orders.get(orderId));
  }

  public int size() {
    return orders.size();
  }
}
