package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.tooling.ToolOutput.OrderStatus.Lookup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measurement, run on request ({@code -Dorders.measure=true}, see docs/BENCHMARKS.md): how long
 * get_order_status takes to refuse someone else's order and an unknown one, through the real client
 * and a local stand-in shop, first lookups (no cache) and repeats (cache). Prints a table; fails
 * only if the two refusals' medians are far apart.
 */
@EnabledIfSystemProperty(named = "orders.measure", matches = "true")
class RefusalTimingMeasurement {
  private static final int ROUNDS = Integer.getInteger("orders.rounds", 300);

  @Test
  void should_take_about_as_long_to_refuse_an_unknown_order_as_someone_elses() throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (WooCommerceStandIn shop = WooCommerceStandIn.http()) {
      shop.put(10237, OrderFixtures.variant(10237, 102, "ben.morales@example.com", "completed").toString());
      var settings = new WooCommerceSettings(shop.url(), WooCommerceStandIn.KEY, WooCommerceStandIn.SECRET, "",
          Duration.ofSeconds(2), 2, Duration.ofMillis(100), Duration.ofMinutes(5), false, Path.of("unused.json"));
      var client = new WooCommerceClient(settings);
      var uncached = new GetOrderStatusTool(client, executor);
      var cached = new GetOrderStatusTool(new CachedOrderSource(client, settings.cacheTtl()), executor);
      List<Long> othersFirst = new ArrayList<>();
      List<Long> unknownFirst = new ArrayList<>();
      List<Long> othersCached = new ArrayList<>();
      List<Long> unknownCached = new ArrayList<>();
      java.util.Random random = new java.util.Random(7);
      for (int i = 0; i < ROUNDS + 50; i++) {
        boolean warm = i >= 50;
        List<Runnable> round = new ArrayList<>(List.of(
            () -> time(uncached, "10237", warm ? othersFirst : null),
            () -> time(uncached, "10238", warm ? unknownFirst : null),
            () -> time(cached, "10237", warm ? othersCached : null),
            () -> time(cached, "10238", warm ? unknownCached : null)));
        Collections.shuffle(round, random);
        round.forEach(Runnable::run);
      }
      System.out.printf("%nget_order_status refusals, %d rounds, microseconds (median / p90)%n", ROUNDS);
      System.out.printf("  someone else's order, first lookup: %s%n", stats(othersFirst));
      System.out.printf("  unknown order,        first lookup: %s%n", stats(unknownFirst));
      System.out.printf("  someone else's order, cached:       %s%n", stats(othersCached));
      System.out.printf("  unknown order,        cached:       %s%n", stats(unknownCached));
      long a = median(othersFirst);
      long b = median(unknownFirst);
      assertTrue(Math.abs(a - b) < Math.max(2_000, Math.max(a, b) / 2), a + " vs " + b + " µs");
    } finally {
      executor.shutdownNow();
    }
  }

  private static void time(GetOrderStatusTool tool, String order, List<Long> into) {
    long start = System.nanoTime();
    var status = GetOrderStatusToolTest.run(tool, GetOrderStatusToolTest.ask(order, null), GetOrderStatusToolTest.ALICE);
    long micros = (System.nanoTime() - start) / 1_000;
    assertEquals(Lookup.NOT_FOUND_OR_NOT_YOURS, status.lookup());
    if (into != null) {
      into.add(micros);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String stats(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2) + " / " + sorted.get(sorted.size() * 9 / 10);
  }
}
