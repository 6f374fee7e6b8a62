package com.shopagent.http.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.core.audit.AuditMapper;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.Usage;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.session.SessionEvent;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.http.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Audit events made by the production mapper from journal events, as the projection would publish them. */
final class Trails {
  private Trails() {}

  static List<JsonNode> turn(String session, String turnId, Instant at, String said, Reply reply, ToolOutcome... tools) {
    var event = new SessionEvent.TurnRecorded(session, turnId, "u_0123", "c-" + turnId, said, Map.of(), List.of(tools),
        reply, at, 42, at, Usage.NONE, 0, "");
    return AuditMapper.toAudit(event).stream().map(m -> (JsonNode) Json.MAPPER.valueToTree(m)).toList();
  }

  static Reply answer(String text, String intent, String tier, String... cited) {
    return new Reply(text, java.util.Arrays.stream(cited).map(u -> new Citation(u, u)).toList(), Outcome.ANSWERED,
        false, null, intent, 0.9, List.of(), tier, null);
  }

  static Reply handover(String text, String intent, String tier, String ticket) {
    return new Reply(text, List.of(), Outcome.TICKET, true, ticket == null ? null : new TicketRef(ticket, "u", false),
        intent, 0.9, List.of("asked_for_human"), tier, null);
  }

  static ToolOutcome kb(String... urls) {
    var passages = java.util.Arrays.stream(urls).map(u -> new Passage("text", u, u, 1.0, false)).toList();
    return new ToolOutcome("kb-1", "read_kb", Map.of("query", "q"), ToolOutcome.Status.OK,
        new ToolOutput.Passages(passages), 1, 5, null);
  }

  static ToolOutcome ticket(String id) {
    return new ToolOutcome("t-1", "create_ticket", Map.of("subject", "s"), ToolOutcome.Status.OK,
        new ToolOutput.TicketCreated(new TicketRef(id, "u", false)), 1, 5, null);
  }

  static ToolOutcome refused(String tool, Map<String, String> args, String why) {
    return new ToolOutcome("r-1", tool, args, ToolOutcome.Status.REFUSED, null, 0, 0, why);
  }
}
