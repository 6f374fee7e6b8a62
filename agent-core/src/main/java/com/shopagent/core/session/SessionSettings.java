package com.shopagent.core.session;

import java.time.Duration;

/**
 * Per-turn limits of the orchestrator.
 *
 * @param maxRounds brain steps that may call tools in one turn
 * @param maxToolCalls tool calls in one turn, all rounds together
 * @param brainTimeout how long one brain step may take
 * @param cannedReply what the customer reads when the brain fails
 * @param perSession messages one session may send; the entity holds the bucket, so it is one
 *     bucket cluster-wide
 * @param spendCap model tokens and dollars a session may spend before a person takes over
 */
public record SessionSettings(
    int maxRounds, int maxToolCalls, Duration brainTimeout, int snapshotEvery, String cannedReply,
    com.shopagent.core.policy.RateLimit perSession, com.shopagent.core.policy.SpendCap spendCap) {

  public static SessionSettings defaults() {
    return new SessionSettings(3, 6, Duration.ofSeconds(20), 50,
        "Sorry, I ran into a problem answering that.",
        new com.shopagent.core.policy.RateLimit(20, 10, Duration.ofMinutes(1)), com.shopagent.core.policy.SpendCap.NONE);
  }
}
