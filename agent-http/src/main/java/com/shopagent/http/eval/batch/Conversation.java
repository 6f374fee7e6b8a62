package com.shopagent.http.eval.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One chat session as the audit trail tells it (already redacted at the source): its finished
 * turns in order, each with its tool calls and reply.
 */
public record Conversation(String sessionId, String userHash, String arm, List<Turn> turns) {
  public Conversation {
    turns = List.copyOf(turns);
  }

  public Instant lastAt() {
    return turns.get(turns.size() - 1).at();
  }

  /** The turns up to and including {@code turnId}; empty when it is not one of them. */
  public List<Turn> through(String turnId) {
    for (int i = 0; i < turns.size(); i++) {
      if (turns.get(i).turnId().equals(turnId)) {
        return turns.subList(0, i + 1);
      }
    }
    return List.of();
  }

  public record Turn(String turnId, Instant at, String userText, List<ToolCall> tools, String outcome, String intent,
      String riskTier, boolean escalated, List<String> reasons, String replyText, List<String> citations,
      String ticketId, long latencyMs, long inputTokens, long outputTokens, double costUsd) {
    public Turn {
      tools = List.copyOf(tools);
      reasons = List.copyOf(reasons);
      citations = List.copyOf(citations);
    }
  }

  /** {@code status}: ok, fallback, refused or failed; {@code summary} as in docs/AUDIT.md. */
  public record ToolCall(String tool, Map<String, String> arguments, String status, String summary, String error) {
    public ToolCall {
      arguments = Map.copyOf(arguments);
    }
  }
}
