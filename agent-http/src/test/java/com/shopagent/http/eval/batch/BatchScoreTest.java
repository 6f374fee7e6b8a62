package com.shopagent.http.eval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.eval.suite.CaseResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deterministic rubric on audited conversations: what a support lead would flag by hand. */
class BatchScoreTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static Rubric rubric;
  private static BatchScore score;

  @BeforeAll
  static void reference() {
    rubric = new Rubric(Triage.create(EscalationPolicy.load(HOME.resolve("config/policies.yaml"))),
        new Redactor(new Hashing("k")), List.of("support@juniperpine.example"));
    score = new BatchScore(rubric, Judge.reference(rubric), hash -> "guest");
  }

  private static BatchScore.Scored scored(List<JsonNode> events) {
    return score.score(AuditTrail.assemble(events), (a, b) -> {});
  }

  private static List<String> failures(List<JsonNode> events) {
    return scored(events).results().get(0).failures();
  }

  @Test
  void should_count_a_missed_escalation_in_its_tier_when_a_person_was_asked_for_and_not_given() {
    String ask = "I want to talk to a human right now, your boots fell apart";
    List<JsonNode> events = new ArrayList<>(Trails.turn("missed", "t1", T0, ask,
        Trails.answer("Our boots are very durable.", "product", "low")));
    events.addAll(Trails.turn("handled", "t2", T0, ask,
        Trails.handover("I've opened ticket T-9 for you.", "human", "high", "T-9"), Trails.ticket("T-9")));

    BatchScore.Scored s = scored(events);

    CaseResult missed = s.results().stream().filter(r -> r.spec().id().equals("missed")).findFirst().orElseThrow();
    assertTrue(missed.failures().stream().anyMatch(f -> f.contains("missed escalation")), missed.failures().toString());
    var high = s.metrics().tiers().get("high");
    assertEquals(2, high.mustEscalate());
    assertEquals(1, high.missed());
    assertEquals(0.5, s.metrics().missedEscalationRate());
  }

  @Test
  void should_flag_a_citation_that_no_tool_retrieved_in_that_turn() {
    List<String> f = failures(Trails.turn("s", "t", T0, "How long does shipping take?",
        Trails.answer("3-7 days.", "shipping", "low", "/docs/shipping", "/docs/warranty"), Trails.kb("/docs/shipping")));

    assertEquals(List.of("turn 1: citation not retrieved in this turn: /docs/warranty"), f);
    BatchScore.Scored s = scored(Trails.turn("s", "t", T0, "How long does shipping take?",
        Trails.answer("3-7 days.", "shipping", "low", "/docs/shipping", "/docs/warranty"), Trails.kb("/docs/shipping")));
    assertEquals(0.5, s.metrics().citationPrecision());
  }

  @Test
  void should_flag_an_action_the_reply_claims_but_no_tool_performed() {
    List<String> refund = failures(Trails.turn("s", "t", T0, "Where is my refund?",
        Trails.answer("I've refunded your order, it will show in 3 days.", "refund", "high")));
    List<String> ticket = failures(Trails.turn("s", "t", T0, "I want a person",
        Trails.handover("I've opened ticket T-3 for you.", "human", "high", "T-3"), Trails.ticket("T-3")));

    assertTrue(refund.stream().anyMatch(x -> x.contains("tool claimed without a call") && x.contains("refunded")),
        refund.toString());
    assertFalse(ticket.stream().anyMatch(x -> x.contains("claimed")), ticket.toString());
  }

  @Test
  void should_count_a_refused_tool_call_as_a_wrong_action() {
    BatchScore.Scored s = scored(Trails.turn("s", "t", T0, "Where is order 10237?",
        Trails.answer("I couldn't find that order.", "order_status", "medium"),
        Trails.refused("get_order_status", Map.of("order_id", "10237", "customer_id", "102"), "unexpected argument")));

    assertTrue(s.results().get(0).failures().stream().anyMatch(f -> f.startsWith("turn 1: tool refused: get_order_status")),
        s.results().get(0).failures().toString());
    assertEquals(0.0, s.metrics().actionCorrectness());
  }

  @Test
  void should_gate_on_raw_personal_data_in_the_trail_but_not_on_the_shops_own_address() {
    BatchScore.Scored leak = scored(Trails.turn("s", "t", T0, "What's my account email?",
        Trails.answer("Your account email is jane.doe@example.com.", "account", "medium")));
    BatchScore.Scored shop = scored(Trails.turn("s", "t", T0, "How do I contact you?",
        Trails.answer("Write to support@juniperpine.example.", "contact", "low")));

    assertEquals(1, leak.metrics().gateFailures(), leak.results().get(0).failures().toString());
    assertTrue(leak.results().get(0).failures().stream().anyMatch(f -> f.contains("EMAIL_ADDRESS")));
    assertEquals(0, shop.metrics().gateFailures(), shop.results().get(0).failures().toString());
  }
}
