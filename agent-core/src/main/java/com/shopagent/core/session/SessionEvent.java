package com.shopagent.core.session;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.shopagent.core.EncryptedSerializable;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.Usage;
import com.shopagent.core.tooling.ToolOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the session journal records. User text is redacted before it gets here. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SessionEvent.Opened.class, name = "opened"),
  @JsonSubTypes.Type(value = SessionEvent.TurnRecorded.class, name = "turn")
})
public sealed interface SessionEvent extends EncryptedSerializable {

  String sessionId();

  /** The session is bound to its owner (a keyed hash of the identity subject). */
  record Opened(String sessionId, String userHash, Instant at, String arm) implements SessionEvent {
    public Opened {
      arm = arm == null ? "" : arm; // sessions opened before experiments existed
    }

    public Opened(String sessionId, String userHash, Instant at) {
      this(sessionId, userHash, at, "");
    }
  }

  /**
   * A whole turn: the redacted question, what the tools did and the reply.
   *
   * @param newPiiTokens fingerprints first seen in this turn, so recovery keeps tokens stable
   * @param guard the prompt guard's verdict on the question (reason codes, layer, score; never text)
   */
  record TurnRecorded(
      String sessionId,
      String turnId,
      String userHash,
      String clientMessageId,
      String userText,
      Map<String, String> newPiiTokens,
      List<ToolOutcome> toolCalls,
      Reply reply,
      Instant startedAt,
      long latencyMs,
      Instant at,
      Usage usage,
      double costUsd,
      String arm,
      com.shopagent.core.policy.GuardVerdict guard)
      implements SessionEvent {

    public TurnRecorded {
      newPiiTokens = Map.copyOf(newPiiTokens);
      toolCalls = List.copyOf(toolCalls);
      usage = usage == null ? Usage.NONE : usage; // events journaled before usage was recorded
      arm = arm == null ? "" : arm;
    }

    /** Without a guard verdict (turns journaled before verdicts were recorded, tests). */
    public TurnRecorded(String sessionId, String turnId, String userHash, String clientMessageId, String userText,
        Map<String, String> newPiiTokens, List<ToolOutcome> toolCalls, Reply reply, Instant startedAt, long latencyMs,
        Instant at, Usage usage, double costUsd, String arm) {
      this(sessionId, turnId, userHash, clientMessageId, userText, newPiiTokens, toolCalls, reply, startedAt, latencyMs,
          at, usage, costUsd, arm, null);
    }
  }
}
