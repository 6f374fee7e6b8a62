package com.shopagent.tools.orders;

import java.time.Duration;
import java.util.Optional;

/**
 * Where orders come from: the shop's WooCommerce REST API or the demo store. Implementations
 * block; callers run them on an executor meant for blocking work. No ownership check happens
 * here: that is {@link Ownership}'s job, on the backend, after the lookup.
 */
public interface OrderSource {

  /**
   * @param budget how long the lookup may take, retries included
   * @return the order, or empty when the shop has no order with that id
   * @throws OrderSourceException when the shop could not be asked or gave no usable answer
   */
  Optional<Order> find(long orderId, Duration budget);
}
