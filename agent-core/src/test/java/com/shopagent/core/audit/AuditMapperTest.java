package com.shopagent.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.policy.Signals;
import com.shopagent.core.session.SessionEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditMapperTest {

  @Test
  void should_record_the_tier_reasons_and_signals_of_an_escalated_turn() {
    var reply = new Reply("Shall I open a ticket so a person can look into it?", List.of(), Outcome.ESCALATED, true,
        null, "order_status", 0.0, List.of("tool_uncertain", "order_not_found_or_not_yours"), "medium",
        Signals.routing(0.95, 0.9, 0.01, List.of()).withToolCertainty(0.0));
    var turn = new SessionEvent.TurnRecorded("s1", "t1", "u_1", "c1", "where is order 10231", Map.of(), List.of(),
        reply, Instant.now(), 12, Instant.now(), com.shopagent.core.brain.Usage.NONE, 0.0, "chat");
    List<Map<String, Object>> events = AuditMapper.toAudit(turn);
    events.forEach(e -> assertEquals("chat", e.get("arm"), "every event carries the A/B arm"));
    Map<String, Object> escalation = events.get(1);
    assertEquals("escalation", escalation.get("event_type"));
    assertEquals("medium", escalation.get("risk_tier"));
    Map<String, Object> replied = events.get(2);
    assertEquals(List.of("tool_uncertain", "order_not_found_or_not_yours"), replied.get("reasons"));
    @SuppressWarnings("unchecked")
    Map<String, Object> signals = (Map<String, Object>) replied.get("signals");
    assertEquals(0.0, signals.get("tool_certainty"));
    assertEquals(0.95, signals.get("routing_confidence"));
    assertEquals(null, signals.get("citation_coverage"));
  }
}
