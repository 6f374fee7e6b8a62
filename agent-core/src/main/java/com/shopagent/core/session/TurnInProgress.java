package com.shopagent.core.session;

import akka.actor.typed.ActorRef;
import com.shopagent.core.model.Identity;
import com.shopagent.core.privacy.Redaction;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bookkeeping of the one turn a session is working on. Lives only in memory. */
final class TurnInProgress {
  final String turnId;
  final Identity identity;
  final String userHash;
  final String clientMessageId;
  final Redaction redaction;
  final ActorRef<SessionActor.TurnResult> replyTo;
  final Instant startedAt = Instant.now();
  final long startNanos = System.nanoTime();
  final List<ToolOutcome> outcomes = new ArrayList<>();
  /** child name → request, for calls still running */
  final Map<String, ToolRequest> running = new HashMap<>();
  private final Set<String> seenCalls = new HashSet<>();
  int round;
  int toolCalls;
  com.shopagent.core.brain.Usage usage = com.shopagent.core.brain.Usage.NONE;
  /** The brain failed; the turn now only waits for the human follow-up ticket. */
  String followUpReason;
  /** What the prompt guard said about the question (audited with the turn). */
  com.shopagent.core.policy.GuardVerdict guard;

  TurnInProgress(String turnId, Identity identity, String userHash, String clientMessageId,
      Redaction redaction, ActorRef<SessionActor.TurnResult> replyTo) {
    this.turnId = turnId;
    this.identity = identity;
    this.userHash = userHash;
    this.clientMessageId = clientMessageId;
    this.redaction = redaction;
    this.replyTo = replyTo;
  }

  /** True the first time this exact call is seen in the turn. */
  boolean firstTimeSeen(ToolRequest request) {
    return seenCalls.add(request.tool() + "|" + new java.util.TreeMap<>(request.arguments()));
  }

  long elapsedMs() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
