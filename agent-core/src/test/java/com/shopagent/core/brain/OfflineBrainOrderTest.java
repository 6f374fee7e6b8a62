package com.shopagent.core.brain;

import static com.shopagent.core.brain.Steps.reply;
import static com.shopagent.core.brain.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.session.Turn;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolOutput.OrderStatus.Lookup;
import com.shopagent.core.tooling.ToolRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Order questions go through get_order_status when it is offered; the brain never guesses order data. */
class OfflineBrainOrderTest {
  private static final Set<String> TOOLS = Set.of("read_kb", "create_ticket", "get_order_status");
  private static final Identity GUEST = Identity.guest("g");

  private static TurnContext ctx(Identity who, List<Turn> history, String text, int round, List<ToolOutcome> outcomes) {
    return new TurnContext("s1", "t1", who, history, text, outcomes, TOOLS, round);
  }


  private static Turn earlier(String user, Reply reply) {
    return new Turn("t0", user, reply.text(), reply.outcome(), reply.intent(), List.of(), null, Instant.now());
  }

  private static ToolOutcome lookup(String orderId, Lookup lookup, String text) {
    return new ToolOutcome("order-1", "get_order_status", Map.of("order_id", orderId), ToolOutcome.Status.OK,
        new ToolOutput.OrderStatus(lookup, "…" + orderId.substring(orderId.length() - 4), text), 1, 30, null);
  }

  @Test
  void should_look_up_a_signed_in_customers_order_by_its_number() {
    var plan = assertInstanceOf(BrainStep.UseTools.class,
        step(ctx(OfflineBrainTest.ALICE, List.of(), "where is my order #10283?", 0, List.of())));
    assertEquals(List.of(new ToolRequest("order-1", "get_order_status", Map.of("order_id", "10283"))), plan.requests());
  }

  @Test
  void should_pass_a_guests_email_token_as_the_billing_email() {
    var plan = assertInstanceOf(BrainStep.UseTools.class,
        step(ctx(GUEST, List.of(), "status of ord-10294 please, my email is <EMAIL_1>", 0, List.of())));
    assertEquals(Map.of("order_id", "10294", "billing_email", "<EMAIL_1>"), plan.requests().get(0).arguments());
  }

  @Test
  void should_ask_for_the_order_number_and_a_guests_billing_email_then_look_it_up() {
    Reply ask = reply(ctx(GUEST, List.of(), "where's my package??", 0, List.of()));
    assertTrue(ask.text().contains("What is your order number?") && ask.text().contains("billing email"), ask.text());
    assertFalse(ask.escalated());
    assertTrue(ask.reasons().contains("needs_order_number"));
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx(GUEST, List.of(earlier("where's my package??", ask)),
        "10 283, <EMAIL_2>", 0, List.of())));
    assertEquals(Map.of("order_id", "10283", "billing_email", "<EMAIL_2>"), plan.requests().get(0).arguments());
  }

  @Test
  void should_ask_a_guest_who_gave_only_the_number_for_the_billing_email() {
    Reply ask = reply(ctx(GUEST, List.of(), "has order no. 10294 shipped", 0, List.of()));
    assertTrue(ask.text().contains("billing email") && ask.text().contains("ending in 0294"), ask.text());
    assertFalse(ask.text().contains("10294"), "order numbers are masked in what the customer reads: " + ask.text());
    var plan = assertInstanceOf(BrainStep.UseTools.class,
        step(ctx(GUEST, List.of(earlier("has order no. 10294 shipped", ask)), "<EMAIL_1>", 0, List.of())));
    assertEquals(Map.of("order_id", "10294", "billing_email", "<EMAIL_1>"), plan.requests().get(0).arguments());
  }

  @Test
  void should_reply_with_the_tools_text_when_the_order_is_found() {
    String text = "Your order ending in 0283 is Shipped via UPS. ETA: Mar 7.";
    Reply r = reply(ctx(OfflineBrainTest.ALICE, List.of(), "where is order 10283", 1,
        List.of(lookup("10283", Lookup.FOUND, text))));
    assertEquals(text, r.text());
    assertFalse(r.escalated());
    assertEquals(Outcome.ANSWERED, r.outcome());
    assertEquals("medium", r.riskTier());
    assertEquals(1.0, r.signals().toolCertainty());
  }

  @Test
  void should_say_plainly_when_an_order_is_not_found_or_lookups_are_down_and_open_a_ticket_on_yes() {
    Reply missing = reply(ctx(OfflineBrainTest.ALICE, List.of(), "where is order 10231", 1,
        List.of(lookup("10231", Lookup.NOT_FOUND_OR_NOT_YOURS, ""))));
    assertTrue(missing.text().contains("couldn't find an order ending in 0231 for your account"), missing.text());
    assertTrue(missing.text().contains(Dialogue.OFFER_TICKET) && missing.escalated(), missing.text());
    assertTrue(missing.reasons().contains("order_not_found_or_not_yours"), missing.reasons().toString());
    Reply down = reply(ctx(OfflineBrainTest.ALICE, List.of(), "where is order 10231", 1,
        List.of(lookup("10231", Lookup.UNAVAILABLE, ""))));
    assertTrue(down.text().contains("isn't answering") && down.reasons().contains("order_lookup_unavailable"));
    var yes = ctx(OfflineBrainTest.ALICE, List.of(earlier("where is order 10231", missing)), "yes please", 0, List.of());
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(yes));
    assertEquals("create_ticket", plan.requests().get(0).tool());
    assertTrue(plan.requests().get(0).arg("body", "").contains("customer_accepted_ticket"));
  }

  @Test
  void should_not_hint_at_an_order_the_orchestrator_refused_to_look_up() {
    var refused = ToolOutcome.refused(new ToolRequest("order-1", "get_order_status",
        Map.of("order_id", "10250", "billing_email", "<EMAIL_1>")), "missing scope orders.read_own");
    Reply r = reply(ctx(GUEST, List.of(), "status of order 10250, email <EMAIL_1>", 1, List.of(refused)));
    assertTrue(r.text().startsWith("I can't look up the order ending in 0250 from this chat."), r.text());
    assertTrue(r.escalated() && r.reasons().contains("order_lookup_unavailable"), r.reasons().toString());
    assertFalse(r.text().contains("10250"));
  }

  @Test
  void should_answer_from_the_help_pages_when_the_lookup_tool_is_not_offered() {
    var c = new TurnContext("s1", "t1", GUEST, List.of(), "where is my order 10283", List.of(),
        Set.of("read_kb", "create_ticket"), 0);
    assertEquals(List.of("read_kb"), OfflineBrainTest.tools(step(c)));
  }
}
