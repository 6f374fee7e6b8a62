package com.shopagent.tools.orders;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * Remembers lookups per order id for a while (5 minutes by default), so a chat that asks twice
 * costs the shop one request. Unknown ids are remembered too: otherwise a repeated question about
 * someone else's order would answer faster than one about an order that does not exist, and the
 * timing would tell them apart. Failures are never cached. A status-change webhook calls
 * {@link #invalidate(long)}.
 */
public final class CachedOrderSource implements OrderSource {
  private static final int MAX_ORDERS = 10_000;
  private final OrderSource source;
  private final Cache<Long, Optional<Order>> cache;

  public CachedOrderSource(OrderSource source, Duration ttl) {
    this(source, ttl, Ticker.systemTicker());
  }

  CachedOrderSource(OrderSource source, Duration ttl, Ticker ticker) {
    this.source = source;
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_ORDERS).ticker(ticker).build();
  }

  @Override
  public Optional<Order> find(long orderId, Duration budget) {
    Optional<Order> known = cache.getIfPresent(orderId);
    if (known != null) {
      return known;
    }
    Optional<Order> fresh = source.find(orderId, budget);
    cache.put(orderId, fresh);
    return fresh;
  }

  /** Forgets one order, e.g. when the shop reports that it changed. */
  public void invalidate(long orderId) {
    cache.invalidate(orderId);
  }
}
