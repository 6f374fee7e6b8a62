package com.shopagent.core.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Knowledge-base answers, hand-offs and the refusal policy; order questions are in OfflineBrainOrderTest. */
class OfflineBrainTest {
  private final OfflineBrain brain = new OfflineBrain("support@shop.example");
  static final Set<String> TOOLS = Set.of("read_kb", "create_ticket");
  static final Identity ALICE = new Identity("user:101", Set.of(Identity.READ_KB, Identity.TICKETS_CREATE,
      Identity.ORDERS_READ_OWN));

  private static TurnContext ctx(String text, int round, List<ToolOutcome> outcomes) {
    return new TurnContext("s1", "t1", Identity.guest("g"), List.of(), text, outcomes, TOOLS, round);
  }

  private BrainStep step(TurnContext c) {
    return brain.next(c).toCompletableFuture().join();
  }

  static ToolOutcome kb(Passage... passages) {
    return new ToolOutcome("kb-1", "read_kb", Map.of(), ToolOutcome.Status.OK, new ToolOutput.Passages(List.of(passages)),
        1, 5, null);
  }

  static ToolOutcome ticket(String id) {
    return new ToolOutcome("ticket-1", "create_ticket", Map.of(), ToolOutcome.Status.OK,
        new ToolOutput.TicketCreated(new TicketRef(id, "http://x/v1/tickets/" + id, false)), 1, 20, null);
  }

  static List<String> tools(BrainStep step) {
    return assertInstanceOf(BrainStep.UseTools.class, step).requests().stream().map(r -> r.tool()).toList();
  }

  @Test
  void should_search_the_knowledge_base_for_a_product_question() {
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx("Do you take PayPal?", 0, List.of())));
    assertEquals("read_kb", plan.requests().get(0).tool());
    assertEquals("Do you take PayPal?", plan.requests().get(0).arg("query", ""));
  }

  @Test
  void should_open_a_ticket_for_a_human_or_a_complaint() {
    for (String text : List.of("I want to talk to a human", "Can I speak with a real person please",
        "This is unacceptable, the zipper broke after a day")) {
      assertEquals(List.of("create_ticket"), tools(step(ctx(text, 0, List.of()))), text);
    }
    var reply = assertInstanceOf(BrainStep.Respond.class,
        step(ctx("I want to talk to a human", 1, List.of(ticket("T-000042"))))).reply();
    assertTrue(reply.escalated() && reply.text().contains("T-000042"), reply.text());
    assertEquals(List.of("asked_for_human"), reply.reasons());
    assertEquals("high", reply.riskTier());
  }

  @Test
  void should_refuse_a_refund_and_open_a_ticket_naming_the_order_for_a_signed_in_customer() {
    var c = new TurnContext("s1", "t1", ALICE, List.of(), "I want a refund for order 10245", List.of(), TOOLS, 0);
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(c));
    assertEquals(List.of("read_kb", "create_ticket"), tools(plan));
    String body = plan.requests().get(1).arg("body", "");
    assertTrue(body.contains("order_change_out_of_scope") && body.contains("Order numbers given: 10245"), body);
    assertEquals("refund", plan.requests().get(1).arg("category", ""));
    var policy = new Passage("Refunds go back to the original payment method within 3 business days of receiving "
        + "your return.", "/docs/refunds", "Refunds", 0.03, true);
    var reply = ((BrainStep.Respond) step(new TurnContext("s1", "t1", ALICE, List.of(), c.userText(),
        List.of(kb(policy), ticket("T-000007")), TOOLS, 1))).reply();
    assertTrue(reply.text().startsWith("I can't change, cancel or refund orders from this chat"), reply.text());
    assertTrue(reply.text().contains("within 3 business days") && reply.text().contains("T-000007"), reply.text());
    assertEquals("/docs/refunds", reply.citations().get(0).url());
    assertEquals(Outcome.TICKET, reply.outcome());
    assertTrue(reply.escalated());
  }

  @Test
  void should_collect_a_guests_order_number_and_billing_email_before_opening_an_order_change_ticket() {
    var ask = ((BrainStep.Respond) step(ctx("Please cancel my order, I ordered the wrong size", 1, List.of()))).reply();
    assertTrue(ask.text().contains(Dialogue.ASK_CHANGE_DETAILS) && ask.text().contains("the order number")
        && ask.text().contains("billing email"), ask.text());
    assertTrue(ask.escalated());
    assertEquals(Outcome.ESCALATED, ask.outcome());
    assertEquals(List.of("read_kb"), tools(step(ctx("Please cancel my order, I ordered the wrong size", 0, List.of()))),
        "no ticket before the details are in");
    var asked = new com.shopagent.core.session.Turn("t0", "Please cancel my order, I ordered the wrong size", ask.text(),
        ask.outcome(), ask.intent(), List.of(), null, java.time.Instant.now());
    var answer = new TurnContext("s1", "t1", Identity.guest("g"), List.of(asked), "sure, it's 10297 and <EMAIL_1>",
        List.of(), TOOLS, 0);
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(answer));
    assertEquals(List.of("read_kb", "create_ticket"), tools(plan));
    String body = plan.requests().get(1).arg("body", "");
    assertTrue(body.contains("10297") && body.contains("<EMAIL_1>") && body.contains("wrong size"), body);
  }

  @Test
  void should_escalate_account_access_with_an_urgent_ticket() {
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx("I think someone hacked my account", 0, List.of())));
    assertEquals(List.of("read_kb", "create_ticket"), tools(plan));
    assertEquals("high", plan.requests().get(1).arg("priority", ""));
    var reply = ((BrainStep.Respond) step(ctx("I think someone hacked my account", 1, List.of(ticket("T-000009")))))
        .reply();
    assertTrue(reply.text().startsWith("For your security"), reply.text());
    assertTrue(reply.reasons().contains("pii_or_account_access"), reply.reasons().toString());
  }

  @Test
  void should_answer_with_the_best_sentences_and_cite_the_page_behind_a_faq_answer() {
    var kb = kb(
        new Passage("## Shipping\nHow long does shipping take?\nOrders leave within 1 business day. US Standard "
            + "shipping takes 3-7 business days. See [Shipping times and costs](/docs/shipping).",
            "/docs/faq", "FAQ", 0.03, false),
        new Passage("Gift cards never expire.", "/docs/gift-cards", "Gift cards", 0.01, false));
    var reply = assertInstanceOf(BrainStep.Respond.class, step(ctx("How long does shipping take?", 1, List.of(kb)))).reply();
    assertTrue(reply.text().contains("3-7 business days"), reply.text());
    assertFalse(reply.text().contains("?"), "the page's own question is not an answer: " + reply.text());
    assertFalse(reply.text().contains("Gift cards"), reply.text());
    // the FAQ answer sends the reader to one full page: that page backs it, one source for one fact
    assertEquals(List.of("/docs/shipping"), reply.citations().stream().map(Citation::url).toList());
    assertFalse(reply.text().contains("See "), reply.text());
    assertEquals(Outcome.ANSWERED, reply.outcome());
    assertFalse(reply.escalated());
    assertEquals("low", reply.riskTier());
    assertTrue(reply.signals().citationCoverage() >= 0.4 && reply.signals().routingConfidence() > 0.5,
        reply.signals().toString());
  }

  @Test
  void should_say_so_and_invite_escalation_when_retrieval_is_weak() {
    var kb = kb(new Passage("Gift cards never expire.", "/docs/gift-cards", "Gift cards", 0.01, false));
    var reply = ((BrainStep.Respond) step(ctx("Is the tent footprint sold separately?", 1, List.of(kb)))).reply();
    assertTrue(reply.text().startsWith("I'm not fully sure"), reply.text());
    assertTrue(reply.text().contains("talk to a human"));
    assertTrue(reply.reasons().contains("weak_retrieval"));
    assertTrue(reply.confidence() < 0.6);
  }

  @Test
  void should_tell_the_customer_when_the_ticket_was_only_queued() {
    var queued = new ToolOutcome("ticket-1", "create_ticket", Map.of(), ToolOutcome.Status.FALLBACK,
        new ToolOutput.TicketCreated(new TicketRef("Q-AB12", "u", true)), 2, 4000, "down");
    var reply = ((BrainStep.Respond) step(ctx("I want to talk to a human", 1, List.of(queued)))).reply();
    assertTrue(reply.text().contains("Q-AB12") && reply.text().contains("queued"), reply.text());
    assertEquals(Outcome.TICKET, reply.outcome());
  }

  @Test
  void should_give_the_contact_route_when_no_ticket_could_be_opened() {
    var reply = ((BrainStep.Respond) step(ctx("I want to talk to a human", 1, List.of()))).reply();
    assertTrue(reply.text().contains("support@shop.example"), reply.text());
    assertTrue(reply.escalated() && reply.reasons().contains("ticket_not_created"));
    assertEquals(Outcome.ESCALATED, reply.outcome());
  }

  @Test
  void should_route_off_the_callers_thread() {
    List<Runnable> queued = new java.util.ArrayList<>();
    var offThread = new OfflineBrain("support@shop.example",
        com.shopagent.core.brain.routing.Triage.create(com.shopagent.core.policy.EscalationPolicy.defaults()), queued::add);
    var step = offThread.next(ctx("hello", 0, List.of())).toCompletableFuture();
    assertFalse(step.isDone(), "routing must wait for the executor");
    queued.forEach(Runnable::run);
    assertInstanceOf(BrainStep.Respond.class, step.join());
  }
}
