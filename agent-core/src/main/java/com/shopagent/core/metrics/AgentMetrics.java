package com.shopagent.core.metrics;

import kamon.Kamon;
import kamon.tag.TagSet;
import kamon.metric.MeasurementUnit;

/** The one place that names metrics, so dashboards and alert rules have a single source. */
public final class AgentMetrics {
  private AgentMetrics() {}

  public static void turnCompleted(String outcome, long latencyMs) {
    Kamon.histogram("agent.turn.latency", MeasurementUnit.time().milliseconds())
        .withTag("outcome", outcome)
        .record(latencyMs);
  }

  public static void toolCall(String tool, String status, long latencyMs) {
    // one withTags call: chained withTag calls would register every intermediate series too
    TagSet tags = TagSet.builder().add("tool", tool).add("status", status).build();
    Kamon.counter("agent.tool.calls").withTags(tags).increment();
    Kamon.histogram("agent.tool.latency", MeasurementUnit.time().milliseconds())
        .withTag("tool", tool)
        .record(latencyMs);
    if (!status.equals("ok")) {
      Kamon.counter("agent.tool.failures").withTags(tags).increment();
    }
  }

  public static void llmTokens(String model, long input, long output) {
    Kamon.counter("agent.llm.tokens").withTags(TagSet.builder().add("model", model).add("kind", "input").build())
        .increment(input);
    Kamon.counter("agent.llm.tokens").withTags(TagSet.builder().add("model", model).add("kind", "output").build())
        .increment(output);
  }

  /**
   * One model call: {@code step} is plan (the turn's first call, which may ask for tools),
   * finalize (a call after tool results, which composes the answer) or write (the larger model's
   * rewrite); {@code result} ok, error or malformed (neither text nor tool calls).
   */
  public static void llmCall(String step, String result, long latencyMs) {
    Kamon.counter("agent.llm.calls").withTags(TagSet.builder().add("step", step).add("result", result).build())
        .increment();
    Kamon.histogram("agent.llm.latency", MeasurementUnit.time().milliseconds()).withTag("step", step).record(latencyMs);
  }

  /** What a finished turn cost, in millionths of a dollar (counters count whole numbers). */
  public static void llmSpend(double usd) {
    if (usd > 0) {
      Kamon.counter("agent.llm.spend.microdollars").withoutTags().increment(Math.round(usd * 1_000_000));
    }
  }

  /** A new conversation: the denominator of tokens and cost per conversation. */
  public static void conversationStarted() {
    Kamon.counter("agent.conversations.started").withoutTags().increment();
  }

  /** How long the customer waited for the first reply of a conversation. */
  public static void firstResponse(long latencyMs) {
    Kamon.histogram("agent.first.response.latency", MeasurementUnit.time().milliseconds()).withoutTags()
        .record(latencyMs);
  }

  /** A message resent with a client_message_id the session already answered (a retry after a reconnect). */
  public static void repeatedMessage() {
    Kamon.counter("agent.messages.repeated").withoutTags().increment();
  }

  public static void rateLimited(String scope) {
    Kamon.counter("agent.rate.limited").withTag("scope", scope).increment();
  }

  /**
   * A ticket refused by the per-identity or per-IP hourly quota ({@code scope}: identity, ip);
   * Prometheus {@code agent_tickets_refused_total}: a rising rate is a ticket flood.
   */
  public static void ticketRefused(String scope) {
    Kamon.counter("agent.tickets.refused").withTag("scope", scope).increment();
  }

  /** A request with a wrong admin token ({@code agent_admin_auth_failures_total}): guessing, or a stale token. */
  public static void adminAuthFailed() {
    Kamon.counter("agent.admin.auth.failures").withoutTags().increment();
  }

  /** Per-arm counters of the shop's A/B test (chat widget vs contact form); no-op without an arm. */
  public static void experiment(String what, String arm) {
    if (arm != null && !arm.isEmpty()) {
      Kamon.counter("agent.experiment." + what).withTag("arm", arm).increment();
    }
  }

  public static void sessionActive(boolean started) {
    step("agent.sessions.active", started);
  }

  public static void websocketOpen(boolean opened) {
    step("agent.websocket.connections", opened);
  }

  private static void step(String sampler, boolean up) {
    var s = Kamon.rangeSampler(sampler).withoutTags();
    if (up) {
      s.increment();
    } else {
      s.decrement();
    }
  }

  public static void escalation(String intent, String tier, String reason) {
    Kamon.counter("agent.escalations")
        .withTags(TagSet.builder().add("intent", intent).add("tier", tier).add("reason", reason).build())
        .increment();
  }

  /**
   * One order lookup by its result: {@code found}, {@code refused} (not the caller's, or no such
   * order: the "order-lookup 403s" an alert watches), {@code needs_proof} (a guest gave no billing
   * email), {@code unavailable}, {@code invalid}.
   */
  public static void orderLookup(String result) {
    Kamon.counter("agent.orders.lookups").withTag("result", result).increment();
  }
}
