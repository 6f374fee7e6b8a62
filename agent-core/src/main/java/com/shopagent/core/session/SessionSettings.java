package com.shopagent.core.session;

import java.time.Duration;

/**
 * Per-turn limits of the orchestrator.
 *
 * @param maxRounds brain steps that may call tools in one turn
 * @param maxToolCalls tool calls in one turn, all rounds together
 * @param brainTimeout how long one brain step may take
 * @param cannedReply what the customer reads when the brain fails
 */
public record SessionSettings(
    int maxRounds, int maxToolCalls, Duration brainTimeout, int snapshotEvery, String cannedReply) {

  public static SessionSettings defaults() {
    return new SessionSettings(3, 6, Duration.ofSeconds(20), 50,
        "Sorry, I ran into a problem answering that.");
  }
}
