package com.shopagent.http.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Rebuilds conversations from audit events (docs/AUDIT.md, schema 1) in whatever order and with
 * whatever duplicates at-least-once delivery brought. A turn counts once its {@code turn.replied}
 * is there; events of other schema versions are skipped, never guessed at.
 */
public final class AuditTrail implements Consumer<JsonNode> {
  private final Predicate<String> keepSession;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Map<String, List<JsonNode>>> bySession = new LinkedHashMap<>();

  /** Collects the events of the sessions {@code keepSession} accepts and drops the rest as they pass. */
  public AuditTrail(Predicate<String> keepSession) {
    this.keepSession = keepSession;
  }

  public static List<Conversation> assemble(Iterable<JsonNode> events) {
    AuditTrail trail = new AuditTrail(s -> true);
    events.forEach(trail);
    return trail.conversations();
  }

  @Override
  public void accept(JsonNode e) {
    if (e.path("schema_version").asInt() != 1 || e.path("turn_id").isNull() || e.path("turn_id").isMissingNode()) {
      return; // another schema, or session.opened: nothing to score
    }
    String session = e.path("session_id").asText();
    if (keepSession.test(session) && seen.add(e.path("event_id").asText())) {
      bySession.computeIfAbsent(session, k -> new LinkedHashMap<>())
          .computeIfAbsent(e.path("turn_id").asText(), k -> new ArrayList<>()).add(e);
    }
  }

  /** The sessions with at least one finished turn, in the order they were first seen. */
  public List<Conversation> conversations() {
    List<Conversation> out = new ArrayList<>();
    bySession.forEach((session, turns) -> {
      List<Conversation.Turn> done = new ArrayList<>();
      String userHash = null;
      String arm = "";
      for (List<JsonNode> turnEvents : turns.values()) {
        turnEvents.sort(Comparator.comparingInt(AuditTrail::sequence));
        JsonNode replied = turnEvents.stream().filter(e -> type(e).equals("turn.replied")).findFirst().orElse(null);
        if (replied == null) {
          continue;
        }
        userHash = replied.path("user_hash").asText();
        arm = replied.path("arm").asText("");
        done.add(turn(turnEvents, replied));
      }
      if (!done.isEmpty()) {
        done.sort(Comparator.comparing(Conversation.Turn::at));
        out.add(new Conversation(session, userHash, arm, done));
      }
    });
    return out;
  }

  /**
   * Pass one of a batch or an export: when each session's last finished turn was, and which
   * session each turn belongs to. Keeps ids and times only, never text.
   */
  public static final class Index implements Consumer<JsonNode> {
    private final Map<String, Instant> lastTurnAt = new HashMap<>();
    private final Map<String, String> sessionOfTurn = new HashMap<>();

    @Override
    public void accept(JsonNode e) {
      if (e.path("schema_version").asInt() == 1 && type(e).equals("turn.replied")) {
        String session = e.path("session_id").asText();
        sessionOfTurn.put(e.path("turn_id").asText(), session);
        lastTurnAt.merge(session, Instant.parse(e.path("at").asText()), (a, b) -> a.isAfter(b) ? a : b);
      }
    }

    public Map<String, Instant> lastTurnAt() {
      return Map.copyOf(lastTurnAt);
    }

    public Optional<String> sessionOf(String turnId) {
      return Optional.ofNullable(sessionOfTurn.get(turnId));
    }
  }

  private static Conversation.Turn turn(List<JsonNode> events, JsonNode replied) {
    String userText = events.stream().filter(e -> type(e).equals("turn.started")).findFirst()
        .map(e -> e.path("user_text").asText("")).orElse("");
    Map<String, JsonNode> called = new LinkedHashMap<>();
    List<Conversation.ToolCall> tools = new ArrayList<>();
    for (JsonNode e : events) {
      if (type(e).equals("tool.called")) {
        called.put(e.path("request_id").asText() + "/" + e.path("tool").asText(), e);
      } else if (type(e).equals("tool.result")) {
        JsonNode call = called.get(e.path("request_id").asText() + "/" + e.path("tool").asText());
        Map<String, String> args = new LinkedHashMap<>();
        if (call != null) {
          call.path("arguments").fields().forEachRemaining(a -> args.put(a.getKey(), a.getValue().asText()));
        }
        tools.add(new Conversation.ToolCall(e.path("tool").asText(), args, e.path("status").asText(),
            e.path("summary").asText(null), e.path("error").asText(null)));
      }
    }
    return new Conversation.Turn(replied.path("turn_id").asText(), Instant.parse(replied.path("at").asText()),
        userText, tools, replied.path("outcome").asText(), replied.path("intent").asText(""),
        replied.path("risk_tier").asText(""), replied.path("escalated").asBoolean(), strings(replied.path("reasons")),
        replied.path("reply_text").asText(""), strings(replied.path("citations")),
        replied.path("ticket_id").isNull() ? null : replied.path("ticket_id").asText(null),
        replied.path("latency_ms").asLong(), replied.path("input_tokens").asLong(),
        replied.path("output_tokens").asLong(), replied.path("cost_usd").asDouble());
  }

  private static String type(JsonNode e) {
    return e.path("event_type").asText();
  }

  /** The number after the colon of {@code <turn_id>:<n>}: the order of events inside a turn. */
  private static int sequence(JsonNode e) {
    String id = e.path("event_id").asText();
    try {
      return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
    } catch (NumberFormatException ex) {
      return Integer.MAX_VALUE;
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
