package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.benmanes.caffeine.cache.Ticker;
import com.shopagent.tools.orders.OrderSourceException.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Five minutes per order id, unknown ids included, failures never, and a way to forget one. */
class CachedOrderSourceTest {
  private static final Duration ANY = Duration.ofSeconds(1);
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicLong nanos = new AtomicLong();
  private final DemoOrderStore demo = DemoOrderStore.load(OrderFixtures.demoOrders());
  private final CachedOrderSource cache = new CachedOrderSource((id, budget) -> {
    calls.incrementAndGet();
    if (down.get()) {
      throw new OrderSourceException(Kind.UNREACHABLE, "down");
    }
    return demo.find(id, budget);
  }, Duration.ofMinutes(5), (Ticker) nanos::get);

  @Test
  void should_ask_the_shop_once_when_an_order_is_asked_for_twice_within_five_minutes() {
    Optional<Order> first = cache.find(10283, ANY);
    nanos.addAndGet(Duration.ofMinutes(4).toNanos());
    Optional<Order> second = cache.find(10283, ANY);

    assertEquals(first, second);
    assertEquals(1, calls.get());
  }

  @Test
  void should_ask_again_when_five_minutes_passed_or_the_order_was_invalidated() {
    cache.find(10283, ANY);
    nanos.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
    cache.find(10283, ANY);
    cache.invalidate(10283);
    cache.find(10283, ANY);

    assertEquals(3, calls.get());
  }

  @Test
  void should_remember_unknown_orders_like_known_ones_so_timing_tells_nothing() {
    cache.find(99999, ANY);
    cache.find(99999, ANY);

    assertEquals(1, calls.get());
  }

  @Test
  void should_not_remember_a_failure() {
    down.set(true);
    assertThrows(OrderSourceException.class, () -> cache.find(10283, ANY));
    down.set(false);

    assertEquals("shipped", cache.find(10283, ANY).orElseThrow().status());
    assertEquals(2, calls.get());
  }
}
