package com.shopagent.core.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfflineBrainTest {
  private final OfflineBrain brain = new OfflineBrain("support@shop.example");
  private static final Set<String> TOOLS = Set.of("read_kb", "create_ticket");

  private static TurnContext ctx(String text, int round, List<ToolOutcome> outcomes) {
    return new TurnContext("s1", "t1", Identity.guest("g"), List.of(), text, outcomes, TOOLS, round);
  }

  private BrainStep step(TurnContext c) {
    return brain.next(c).toCompletableFuture().join();
  }

  @Test
  void should_search_the_knowledge_base_for_a_product_question() {
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx("Do you take PayPal?", 0, List.of())));
    assertEquals("read_kb", plan.requests().get(0).tool());
    assertEquals("Do you take PayPal?", plan.requests().get(0).arg("query", ""));
  }

  @Test
  void should_open_a_ticket_for_a_human_or_a_complaint_and_look_up_policy_for_a_refund() {
    for (String text : List.of("I want to talk to a human", "Can I speak with a real person please",
        "This is unacceptable, the zipper broke after a day")) {
      var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx(text, 0, List.of())));
      assertEquals(List.of("create_ticket"), plan.requests().stream().map(r -> r.tool()).toList(), text);
    }
    var refund = assertInstanceOf(BrainStep.UseTools.class, step(ctx("I want a refund for order 10245", 0, List.of())));
    assertEquals(List.of("read_kb", "create_ticket"), refund.requests().stream().map(r -> r.tool()).toList());
    assertTrue(refund.requests().get(1).arg("body", "").contains("order_change_out_of_scope"));
  }

  @Test
  void should_answer_with_the_best_sentences_and_cite_linked_pages() {
    var passages = new ToolOutput.Passages(List.of(
        new Passage("## Shipping\nHow long does shipping take?\nOrders leave within 1 business day. US Standard "
            + "shipping takes 3-7 business days. See [Shipping times and costs](/docs/shipping).",
            "/docs/faq", "FAQ", 0.03, false),
        new Passage("Gift cards never expire.", "/docs/gift-cards", "Gift cards", 0.01, false)));
    var kb = new ToolOutcome("kb-1", "read_kb", Map.of(), ToolOutcome.Status.OK, passages, 1, 5, null);
    var reply = assertInstanceOf(BrainStep.Respond.class, step(ctx("How long does shipping take?", 1, List.of(kb)))).reply();
    assertTrue(reply.text().contains("3-7 business days"), reply.text());
    assertFalse(reply.text().contains("?"), "the page's own question is not an answer: " + reply.text());
    assertFalse(reply.text().contains("Gift cards"), reply.text());
    assertEquals(List.of("/docs/faq", "/docs/shipping"), reply.citations().stream().map(Citation::url).toList());
    assertEquals(Outcome.ANSWERED, reply.outcome());
  }

  @Test
  void should_say_so_and_invite_escalation_when_retrieval_is_weak() {
    var passages = new ToolOutput.Passages(List.of(new Passage("Gift cards never expire.", "/docs/gift-cards",
        "Gift cards", 0.01, false)));
    var kb = new ToolOutcome("kb-1", "read_kb", Map.of(), ToolOutcome.Status.OK, passages, 1, 5, null);
    var reply = ((BrainStep.Respond) step(ctx("Is the tent footprint sold separately?", 1, List.of(kb)))).reply();
    assertTrue(reply.text().startsWith("I'm not fully sure"), reply.text());
    assertTrue(reply.text().contains("talk to a human"));
    assertTrue(reply.reasons().contains("weak_retrieval"));
    assertTrue(reply.confidence() < 0.6);
  }

  @Test
  void should_tell_the_customer_when_the_ticket_was_only_queued() {
    var queued = new ToolOutcome("ticket-1", "create_ticket", Map.of(), ToolOutcome.Status.FALLBACK,
        new ToolOutput.TicketCreated(new com.shopagent.core.model.TicketRef("Q-AB12", "u", true)), 2, 4000, "down");
    var reply = ((BrainStep.Respond) step(ctx("I want to talk to a human", 1, List.of(queued)))).reply();
    assertTrue(reply.text().contains("Q-AB12") && reply.text().contains("queued"), reply.text());
    assertEquals(Outcome.TICKET, reply.outcome());
  }

  @Test
  void should_route_intents_by_rules() {
    assertEquals(Intent.GREETING, IntentRules.classify("hello!"));
    assertEquals(Intent.ORDER_CHANGE, IntentRules.classify("please cancel my order"));
    assertEquals(Intent.ORDER_STATUS, IntentRules.classify("Where is my order 10283?"));
    assertEquals(Intent.ACCOUNT, IntentRules.classify("I forgot my password"));
    assertEquals(Intent.FAQ, IntentRules.classify("How do I wash merino?"));
  }
}
