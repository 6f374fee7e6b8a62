package com.shopagent.core.audit;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Citation;
import com.shopagent.core.session.SessionEvent;
import com.shopagent.core.tooling.ToolOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns journal events into the versioned trace events of the audit topic (schema in
 * docs/AUDIT.md). Pure: the projection publishes what this returns. Event ids are derived from
 * the turn, so a consumer can drop the duplicates that at-least-once delivery may bring.
 */
public final class AuditMapper {
  public static final int SCHEMA_VERSION = 1;

  private AuditMapper() {}

  public static List<Map<String, Object>> toAudit(SessionEvent event) {
    if (event instanceof SessionEvent.Opened o) {
      Map<String, Object> e = base("session.opened", o.sessionId() + ":opened", o.sessionId(), null, o.userHash(), o.at());
      e.put("arm", o.arm());
      return List.of(e);
    }
    SessionEvent.TurnRecorded t = (SessionEvent.TurnRecorded) event;
    Reply r = t.reply();
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> started = base("turn.started", t.turnId() + ":0", t.sessionId(), t.turnId(), t.userHash(), t.startedAt());
    started.put("user_text", t.userText());
    started.put("client_message_id", t.clientMessageId());
    started.put("guard", guard(t.guard()));
    out.add(started);
    int seq = 1;
    for (ToolOutcome call : t.toolCalls()) {
      Map<String, Object> called = base("tool.called", t.turnId() + ":" + seq++, t.sessionId(), t.turnId(), t.userHash(), t.startedAt());
      called.put("tool", call.tool());
      called.put("request_id", call.requestId());
      called.put("arguments", call.arguments());
      out.add(called);
      Map<String, Object> result = base("tool.result", t.turnId() + ":" + seq++, t.sessionId(), t.turnId(), t.userHash(), t.at());
      result.put("tool", call.tool());
      result.put("request_id", call.requestId());
      result.put("status", call.status().name().toLowerCase(Locale.ROOT));
      result.put("attempts", call.attempts());
      result.put("latency_ms", call.latencyMs());
      result.put("summary", call.output() == null ? null : call.output().summary());
      result.put("error", call.error());
      out.add(result);
    }
    if (r.escalated()) {
      Map<String, Object> esc = base("escalation", t.turnId() + ":" + seq++, t.sessionId(), t.turnId(), t.userHash(), t.at());
      esc.put("intent", r.intent());
      esc.put("risk_tier", r.riskTier());
      esc.put("reasons", r.reasons());
      esc.put("ticket_id", r.ticket() == null ? null : r.ticket().id());
      out.add(esc);
    }
    Map<String, Object> reply = base("turn.replied", t.turnId() + ":" + seq, t.sessionId(), t.turnId(), t.userHash(), t.at());
    reply.put("outcome", r.outcome().label());
    reply.put("intent", r.intent());
    reply.put("confidence", r.confidence());
    reply.put("risk_tier", r.riskTier());
    reply.put("signals", signals(r.signals()));
    reply.put("escalated", r.escalated());
    reply.put("reasons", r.reasons());
    reply.put("latency_ms", t.latencyMs());
    reply.put("reply_text", r.text());
    reply.put("citations", r.citations().stream().map(Citation::url).toList());
    reply.put("ticket_id", r.ticket() == null ? null : r.ticket().id());
    reply.put("tool_calls", t.toolCalls().size());
    reply.put("model", t.usage().model());
    reply.put("input_tokens", t.usage().inputTokens());
    reply.put("output_tokens", t.usage().outputTokens());
    reply.put("cost_usd", t.costUsd());
    out.add(reply);
    out.forEach(e -> e.put("arm", t.arm())); // the A/B arm with every event, to compare deflection by arm
    return out;
  }

  /** The evidence behind the confidence; null where a signal was not measured in this turn. */
  private static Map<String, Object> signals(com.shopagent.core.policy.Signals s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("routing_confidence", s.routingConfidence());
    m.put("routing_margin", s.routingMargin());
    m.put("high_risk_share", s.highRiskShare());
    m.put("retrieval_top", s.retrievalTop());
    m.put("retrieval_gap", s.retrievalGap());
    m.put("citation_coverage", s.citationCoverage());
    m.put("tool_certainty", s.toolCertainty());
    m.put("risk_flags", s.riskFlags());
    return m;
  }

  private static Map<String, Object> base(String type, String id, String sessionId, String turnId, String userHash,
      java.time.Instant at) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("schema_version", SCHEMA_VERSION);
    e.put("event_type", type);
    e.put("event_id", id);
    e.put("session_id", sessionId);
    e.put("turn_id", turnId);
    e.put("user_hash", userHash);
    e.put("at", at.toString());
    return e;
  }

  /** The prompt guard's verdict: codes, the layer that blocked and the learned layer's score; never text. */
  private static Map<String, Object> guard(com.shopagent.core.policy.GuardVerdict v) {
    if (v == null) {
      return null; // turns journaled before verdicts were recorded
    }
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("verdict", v.verdict().json());
    g.put("reasons", v.reasons());
    g.put("layer", v.layer());
    g.put("score", v.score() == null ? null : Math.round(v.score() * 10000) / 10000.0);
    return g;
  }
}
