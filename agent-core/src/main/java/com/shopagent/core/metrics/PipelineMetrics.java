package com.shopagent.core.metrics;

import kamon.Kamon;
import kamon.tag.TagSet;

/**
 * Metrics of the node and of the work that happens after a turn: cluster membership, the audit
 * projection, deferred tasks and the ticket outbox. Kept apart from {@link AgentMetrics} (the
 * conversation itself); both are the only places that name metrics.
 */
public final class PipelineMetrics {
  private PipelineMetrics() {}

  /**
   * A session event was journaled on this node. With {@link #auditProjected} per tag, the gap
   * between the newest journaled and the newest projected event is the audit lag an alert watches.
   */
  public static void auditJournaled(String tag) {
    Kamon.gauge("agent.audit.journaled.last.timestamp.seconds").withTag("tag", tag)
        .update(System.currentTimeMillis() / 1000.0);
  }

  /** Every audit record of one journal event (written at {@code journaledAtMillis}) is in Kafka. */
  public static void auditProjected(String tag, long journaledAtMillis) {
    Kamon.gauge("agent.audit.projected.last.timestamp.seconds").withTag("tag", tag)
        .update(journaledAtMillis / 1000.0);
    Kamon.counter("agent.audit.events.projected").withTag("tag", tag).increment();
  }

  /** A deferred task (email, order note) gave up after its last attempt. */
  public static void taskDeadLettered(String kind) {
    Kamon.counter("agent.tasks.dead").withTag("kind", kind).increment();
  }

  /**
   * Rows of a queue table by status, sampled from the database ({@code queue} tasks or
   * ticket_outbox); every node reports the same shared count, so rules take the max.
   */
  public static void queueRows(String queue, String status, long rows) {
    Kamon.gauge("agent.queue.rows").withTags(TagSet.builder().add("queue", queue).add("status", status).build())
        .update(rows);
  }

  /**
   * Cluster members this node sees, by status (up, joining, leaving, ...), and how many of them it
   * cannot reach: every node of a healthy three-node cluster reports three up and none unreachable.
   */
  public static void clusterMembers(String status, long members) {
    Kamon.gauge("agent.cluster.members").withTag("status", status).update(members);
  }

  public static void clusterUnreachable(long members) {
    Kamon.gauge("agent.cluster.unreachable.members").withoutTags().update(members);
  }
}
