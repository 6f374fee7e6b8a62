package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import com.shopagent.core.tooling.ToolCallActor;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput.OrderStatus;
import com.shopagent.core.tooling.ToolOutput.OrderStatus.Lookup;
import com.shopagent.tools.orders.WooCommerceStandIn.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole call as the session runs it: a ToolCallActor with the tool's 2.5 s budget, the real
 * client with its production timeouts, and a stand-in shop that fails in the ways shops do.
 */
class OrderToolBudgetTest {
  static final ActorTestKit testKit = ActorTestKit.create();
  private final ExecutorService blocking = Executors.newFixedThreadPool(4);
  private final WooCommerceStandIn shop;
  private final GetOrderStatusTool tool;

  OrderToolBudgetTest() throws Exception {
    shop = WooCommerceStandIn.http()
        .put(10283, OrderFixtures.withTracking(OrderFixtures.variant(10283, 101, "alice@example.com", "shipped"),
            "usps", "9400111899223344556677", "2025-03-09").toString());
    var settings = new WooCommerceSettings(shop.url(), WooCommerceStandIn.KEY, WooCommerceStandIn.SECRET, "",
        Duration.ofSeconds(2), 2, Duration.ofMillis(100), Duration.ofMinutes(5), false, Path.of("unused.json"));
    tool = new GetOrderStatusTool(new CachedOrderSource(new WooCommerceClient(settings), settings.cacheTtl()), blocking);
  }

  @AfterEach
  void stop() {
    shop.close();
    blocking.shutdownNow();
  }

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  private ToolOutcome call() {
    TestProbe<ToolOutcome> probe = testKit.createTestProbe();
    testKit.spawn(ToolCallActor.create(tool, GetOrderStatusToolTest.ask("10283", null),
        new ToolContext("s-1", "t-1", GetOrderStatusToolTest.ALICE, "order-1"), probe.ref()));
    return probe.expectMessageClass(ToolOutcome.class, Duration.ofSeconds(4));
  }

  @Test
  void should_answer_unavailable_within_the_budget_when_the_shop_hangs() {
    shop.then(Reply.hang(), Reply.hang(), Reply.hang());

    ToolOutcome outcome = call();

    assertEquals(ToolOutcome.Status.FALLBACK, outcome.status());
    assertEquals(Lookup.UNAVAILABLE, assertInstanceOf(OrderStatus.class, outcome.output()).lookup());
    assertTrue(outcome.latencyMs() < 2500, "fallback after " + outcome.latencyMs() + " ms");
  }

  @Test
  void should_answer_unavailable_at_once_when_the_shop_refuses_our_key() {
    shop.then(Reply.error(403, "woocommerce_rest_cannot_view"));

    ToolOutcome outcome = call();

    assertEquals(ToolOutcome.Status.FALLBACK, outcome.status());
    assertEquals(Lookup.UNAVAILABLE, assertInstanceOf(OrderStatus.class, outcome.output()).lookup());
    assertTrue(outcome.error().contains("403"), outcome.error());
    assertEquals(1, shop.requests.size(), "a refused key is not retried");
  }

  @Test
  void should_answer_from_the_shop_when_it_recovers_after_two_errors() {
    shop.then(Reply.error(500, "internal_server_error"), Reply.error(502, "bad_gateway"));

    ToolOutcome outcome = call();

    assertEquals(ToolOutcome.Status.OK, outcome.status());
    OrderStatus status = assertInstanceOf(OrderStatus.class, outcome.output());
    assertTrue(status.customerText().startsWith("Your order ending in 0283 is Shipped via USPS (tracking 9400…6677). ETA: Mar 9."),
        status.customerText());
    assertEquals(3, shop.requests.size());
  }
}
