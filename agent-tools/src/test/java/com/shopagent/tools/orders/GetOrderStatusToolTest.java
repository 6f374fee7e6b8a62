package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolOutput.OrderStatus;
import com.shopagent.core.tooling.ToolOutput.OrderStatus.Lookup;
import com.shopagent.core.tooling.ToolRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** get_order_status on the demo shop: who may read which order, and what they read. */
class GetOrderStatusToolTest {
  static final Identity ALICE = new Identity("user:101", Set.of(Identity.READ_KB, Identity.ORDERS_READ_OWN));
  static final Identity BEN = new Identity("user:102", Set.of(Identity.READ_KB, Identity.ORDERS_READ_OWN));
  static final Identity GUEST = Identity.guest("3f6c1b0e");

  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final AtomicInteger lookups = new AtomicInteger();
  private final DemoOrderStore demo = DemoOrderStore.load(OrderFixtures.demoOrders());
  private final GetOrderStatusTool tool = new GetOrderStatusTool(counting(demo), executor);
  private final GetOrderStatusTool emptyShop = new GetOrderStatusTool(counting((id, b) -> Optional.empty()), executor);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private OrderSource counting(OrderSource source) {
    return (id, budget) -> {
      lookups.incrementAndGet();
      return source.find(id, budget);
    };
  }

  static ToolRequest ask(String orderId, String billingEmail) {
    Map<String, String> args = new HashMap<>();
    args.put("order_id", orderId);
    if (billingEmail != null) {
      args.put("billing_email", billingEmail);
    }
    return new ToolRequest("order-1", GetOrderStatusTool.NAME, args);
  }

  static OrderStatus run(GetOrderStatusTool tool, ToolRequest request, Identity who) {
    ToolOutput out = tool.execute(request, new ToolContext("s-1", "t-1", who, "order-1")).toCompletableFuture().join();
    return assertInstanceOf(OrderStatus.class, out);
  }

  @Test
  void should_summarise_the_order_when_a_signed_in_customer_asks_for_their_own() {
    OrderStatus status = run(tool, ask("#10283", null), ALICE);

    assertEquals(Lookup.FOUND, status.lookup());
    assertEquals("…0283", status.maskedRef());
    assertEquals("Your order ending in 0283 is Shipped via UPS (tracking 1Z8F…5566). ETA: Mar 7. Items:"
        + " 1 × Cascade 2 Backpacking Tent, 1 × Headwater 32 oz Insulated Bottle - Basalt Black."
        + " Shipping method: Free Standard Shipping (3-7 business days).", status.customerText());
  }

  @Test
  void should_give_one_identical_refusal_when_the_order_is_someone_elses_unknown_or_the_email_is_wrong() {
    OrderStatus othersOrder = run(tool, ask("10237", null), ALICE);
    OrderStatus wrongEmail = run(tool, ask("10237", "alice@example.com"), GUEST);
    OrderStatus unknownSignedIn = run(emptyShop, ask("10237", null), ALICE);
    OrderStatus unknownGuest = run(emptyShop, ask("10237", "ben.morales@example.com"), GUEST);

    assertEquals(Lookup.NOT_FOUND_OR_NOT_YOURS, othersOrder.lookup());
    assertEquals(othersOrder, wrongEmail);
    assertEquals(othersOrder, unknownSignedIn);
    assertEquals(othersOrder, unknownGuest);
    assertEquals(String.format(GetOrderStatusTool.NOT_FOUND, "0237"), othersOrder.customerText());
    assertEquals(4, lookups.get(), "every refusal did the same work: one lookup");
  }

  @Test
  void should_show_a_guest_the_order_when_the_billing_email_matches_in_any_case() {
    OrderStatus status = run(tool, ask("10250", "  Jordan.Ellis@EXAMPLE.com "), GUEST);

    assertEquals(Lookup.FOUND, status.lookup());
    assertTrue(status.customerText().startsWith("Your order ending in 0250 is Completed"), status.customerText());
  }

  @Test
  void should_accept_the_billing_email_from_a_signed_in_customer_like_the_shops_tracking_form() {
    assertEquals(Lookup.FOUND, run(tool, ask("10250", "jordan.ellis@example.com"), BEN).lookup());
  }

  @Test
  void should_ask_a_guest_for_the_billing_email_before_looking_anything_up() {
    OrderStatus status = run(tool, ask("10250", null), GUEST);

    assertEquals(Lookup.NOT_FOUND_OR_NOT_YOURS, status.lookup());
    assertEquals(String.format(GetOrderStatusTool.NEEDS_PROOF, "0250"), status.customerText());
    assertEquals(0, lookups.get());
  }

  @Test
  void should_not_match_by_account_when_the_scope_is_missing_or_the_user_id_is_zero() {
    Identity noScope = new Identity("user:101", Set.of(Identity.READ_KB));
    Identity userZero = new Identity("user:0", Set.of(Identity.ORDERS_READ_OWN));

    assertEquals(Lookup.NOT_FOUND_OR_NOT_YOURS, run(tool, ask("10283", null), noScope).lookup());
    assertEquals(Lookup.NOT_FOUND_OR_NOT_YOURS, run(tool, ask("10250", null), userZero).lookup(),
        "guest orders have customer_id 0, which is nobody's account");
  }

  @Test
  void should_offer_no_order_data_when_the_shop_is_unreachable() {
    ToolContext ctx = new ToolContext("s-1", "t-1", ALICE, "order-1");

    OrderStatus fallback = assertInstanceOf(OrderStatus.class,
        tool.fallback(ask("10283", null), ctx, "attempt timed out").toCompletableFuture().join());

    assertEquals(new OrderStatus(Lookup.UNAVAILABLE, "…0283",
        "I can't reach our order system right now, so I can't check your order ending in 0283."), fallback);
  }

  @Test
  void should_fail_and_fall_back_to_a_hint_when_the_order_id_is_not_a_number() {
    ToolContext ctx = new ToolContext("s-1", "t-1", ALICE, "order-1");

    Throwable failure = tool.execute(ask("10283; drop table", null), ctx).toCompletableFuture().handle((ok, e) -> e).join();
    OrderStatus fallback = assertInstanceOf(OrderStatus.class,
        tool.fallback(ask("abc", null), ctx, "invalid").toCompletableFuture().join());

    assertInstanceOf(IllegalArgumentException.class, failure);
    assertEquals(GetOrderStatusTool.NOT_A_NUMBER, fallback.customerText());
    assertEquals(0, lookups.get());
  }

  @Test
  void should_pass_the_orchestrators_checks_for_a_guest_with_an_email_but_not_for_sql() {
    var registry = new com.shopagent.core.tooling.ToolRegistry(java.util.List.of(tool));

    assertEquals(Optional.empty(), registry.refusal(ask("10250", "jordan.ellis@example.com"), GUEST));
    assertTrue(registry.refusal(ask("10250'; drop table orders; --", null), GUEST).isPresent());
  }

  @Test
  void should_describe_itself_to_the_orchestrator() throws Exception {
    var spec = tool.spec();

    assertEquals("get_order_status", spec.name());
    assertNull(spec.requiredScope(), "guests may call it; Ownership decides after the lookup");
    assertEquals(Duration.ofMillis(2500), spec.timeout());
    assertEquals(1, spec.attempts());
    assertEquals(Set.of("billing_email"), tool.piiArguments());
    var schema = new ObjectMapper().readTree(spec.jsonSchema());
    assertEquals("[\"order_id\"]", schema.get("required").toString());
    assertEquals("^#?[0-9]{1,12}$", schema.at("/properties/order_id/pattern").asText());
  }
}
