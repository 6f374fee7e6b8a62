package com.shopagent.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped config/policies.yaml, applied to the signals of typical turns. */
class PolicyEvaluatorTest {
  private final PolicyEvaluator shipped = new PolicyEvaluator(EscalationPolicy.defaults());

  private static Signals routed(double confidence, double highRiskShare) {
    return Signals.routing(confidence, confidence - 0.1, highRiskShare, List.of());
  }

  @Test
  void should_escalate_every_high_tier_intent_with_its_reason_code_when_the_router_is_sure() {
    var expected = List.of(List.of("order_change", "order_change_out_of_scope"), List.of("account", "pii_or_account_access"),
        List.of("human", "asked_for_human"), List.of("complaint", "complaint"));
    for (List<String> e : expected) {
      Decision d = shipped.evaluate(e.get(0), routed(0.95, 1.0));
      assertTrue(d.escalate(), e.toString());
      assertEquals(RiskTier.HIGH, d.tier());
      assertEquals(e.get(1), d.reasons().get(0));
    }
  }

  @Test
  void should_answer_a_confident_faq_and_escalate_one_a_high_risk_intent_scored_close_to() {
    Decision sure = shipped.evaluate("faq", routed(0.9, 0.05));
    assertFalse(sure.escalate(), sure.toString());
    assertEquals(RiskTier.LOW, sure.tier());
    Decision doubtful = shipped.evaluate("faq", routed(0.55, 0.4));
    assertTrue(doubtful.escalate());
    assertEquals(List.of("possible_high_risk"), doubtful.reasons());
  }

  @Test
  void should_escalate_low_confidence_routing_even_for_a_low_tier_intent() {
    Decision d = shipped.evaluate("other", routed(0.2, 0.1));
    assertTrue(d.escalate());
    assertTrue(d.has("low_confidence"));
  }

  @Test
  void should_record_weak_retrieval_without_escalating_a_faq() {
    Decision d = shipped.evaluate("faq", routed(0.9, 0.0).withRetrieval(0.03, 0.001, 0.25));
    assertFalse(d.escalate());
    assertEquals(List.of("weak_retrieval"), d.reasons());
    assertEquals(0.25, d.confidence(), 1e-9, "confidence is the weakest measured signal");
  }

  @Test
  void should_escalate_an_order_question_when_the_lookup_found_nothing_or_failed() {
    Decision found = shipped.evaluate("order_status", routed(0.95, 0.0).withToolCertainty(1.0));
    assertFalse(found.escalate());
    assertEquals(RiskTier.MEDIUM, found.tier());
    Decision missing = shipped.evaluate("order_status", routed(0.95, 0.0).withToolCertainty(0.0),
        List.of(ReasonCodes.ORDER_NOT_FOUND));
    assertTrue(missing.escalate());
    assertTrue(missing.reasons().containsAll(List.of("tool_uncertain", "order_not_found_or_not_yours")));
  }

  @Test
  void should_raise_any_turn_to_high_when_a_card_number_is_in_the_chat() {
    Decision d = shipped.evaluate("faq", Signals.routing(0.9, 0.8, 0.0, List.of("card_number")));
    assertEquals(RiskTier.HIGH, d.tier());
    assertTrue(d.escalate());
    assertEquals("pii_or_account_access", d.reasons().get(0));
  }

  @Test
  void should_treat_an_intent_the_policy_does_not_know_as_high_risk() {
    Decision d = shipped.evaluate("wire_transfer", routed(0.99, 0.0));
    assertEquals(RiskTier.HIGH, d.tier());
    assertTrue(d.escalate());
  }

  @Test
  void should_let_a_high_tier_turn_through_only_when_every_check_passes() {
    // an operator who gave the agent a refund tool makes order_change high without always_escalate
    EscalationPolicy custom = PolicyFile.parse(new ByteArrayInputStream("""
        version: 1
        intents:
          faq: { tier: low }
          order_change: { tier: high, reason: order_change_out_of_scope }
        tiers:
          low: { escalate_on: [] }
          medium: { escalate_on: [] }
          high: { min_routing_confidence: 0.9, min_tool_certainty: 1.0, escalate_unless_all_checks_pass: true }
        """.getBytes(StandardCharsets.UTF_8)), "test");
    PolicyEvaluator evaluator = new PolicyEvaluator(custom);
    Decision allPass = evaluator.evaluate("order_change", routed(0.95, 1.0).withToolCertainty(1.0));
    assertFalse(allPass.escalate(), allPass.toString());
    Decision unsure = evaluator.evaluate("order_change", routed(0.85, 1.0).withToolCertainty(1.0));
    assertTrue(unsure.escalate());
    assertTrue(unsure.reasons().containsAll(List.of("order_change_out_of_scope", "low_confidence")), unsure.toString());
    Decision partial = evaluator.evaluate("order_change", routed(0.95, 1.0).withToolCertainty(0.5));
    assertTrue(partial.escalate());
    assertTrue(partial.has("tool_uncertain"));
  }
}
