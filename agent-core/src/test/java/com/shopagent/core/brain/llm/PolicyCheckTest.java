package com.shopagent.core.brain.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.TurnContext;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.policy.EscalationPolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The LLM's answers meet the same escalation policy as the offline brain's. */
class PolicyCheckTest {
  private static final Triage TRIAGE = Triage.create(EscalationPolicy.defaults());

  private static TurnContext ctx(String text) {
    return new TurnContext("s", "t", Identity.guest("g"), List.of(), text, List.of(), Set.of("read_kb"), 1);
  }

  @Test
  void should_offer_a_person_when_a_high_risk_request_gets_only_a_model_answer() {
    var draft = new Reply("Refunds go back to your card within 5 days (/docs/refunds).",
        List.of(new Citation("/docs/refunds", "Refunds")), Outcome.ANSWERED, false, null, "faq", 0.85, List.of());
    Reply checked = PolicyCheck.apply(TRIAGE, ctx("I want a refund for my order 10245, the boots leak"), draft);
    assertEquals("high", checked.riskTier());
    assertTrue(checked.escalated());
    assertEquals(Outcome.ESCALATED, checked.outcome());
    assertTrue(checked.text().endsWith(PolicyCheck.OFFER), checked.text());
    assertFalse(checked.reasons().isEmpty(), "the reason for every escalation is recorded");
  }

  @Test
  void should_offer_a_person_once_when_the_model_offered_one_too() {
    var draft = new Reply("I can't issue refunds here (/docs/refunds). Would you like me to open a ticket so our team "
        + "can help?", List.of(new Citation("/docs/refunds", "Refunds")), Outcome.ANSWERED, false, null, "faq", 0.85, List.of());
    Reply checked = PolicyCheck.apply(TRIAGE, ctx("Refund my order 10245 please"), draft);
    assertTrue(checked.text().endsWith(PolicyCheck.OFFER), checked.text());
    assertFalse(checked.text().contains("Would you like me to open a ticket"), checked.text());
    assertEquals(Outcome.ESCALATED, checked.outcome());
  }

  @Test
  void should_let_a_cited_answer_to_a_routine_question_stand() {
    var draft = new Reply("Standard shipping takes 3-7 business days (/docs/shipping).",
        List.of(new Citation("/docs/shipping", "Shipping")), Outcome.ANSWERED, false, null, "faq", 0.85, List.of());
    Reply checked = PolicyCheck.apply(TRIAGE, ctx("How long does shipping take?"), draft);
    assertEquals("low", checked.riskTier());
    assertFalse(checked.escalated(), checked.reasons().toString());
    assertEquals(draft.text(), checked.text());
  }
}
