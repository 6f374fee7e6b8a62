package com.shopagent.http.ops;

import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import com.shopagent.core.metrics.PipelineMetrics;
import com.shopagent.tools.tickets.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples the rows waiting in the deferred-task and ticket-outbox tables into gauges, so a backlog
 * (a desk or mail server down) and dead letters show in Prometheus. A count per status is cheap:
 * both tables have an index on status. Runs on the blocking dispatcher, never on an actor.
 */
public final class QueueSampler {
  private static final Logger log = LoggerFactory.getLogger(QueueSampler.class);
  /** Every status is reported, 0 when absent, so a drained queue reads 0 rather than its last value. */
  private static final Map<String, List<String>> STATUSES = Map.of(
      "tasks", List.of("pending", "published", "delivered", "dead"),
      "ticket_outbox", List.of("pending", "done", "dead"));

  private final Database db;

  public QueueSampler(Database db) {
    this.db = db;
  }

  public Cancellable schedule(ActorSystem<?> system, Duration every, Executor blocking) {
    return system.scheduler().scheduleWithFixedDelay(Duration.ZERO, every, () -> blocking.execute(this::sample),
        system.executionContext());
  }

  void sample() {
    try (Connection c = db.connection(); Statement s = c.createStatement()) {
      for (var queue : STATUSES.entrySet()) {
        Map<String, Long> rows = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM " + queue.getKey() + " GROUP BY status")) {
          while (rs.next()) {
            rows.put(rs.getString(1), rs.getLong(2));
          }
        }
        queue.getValue().forEach(status -> PipelineMetrics.queueRows(queue.getKey(), status, rows.getOrDefault(status, 0L)));
      }
    } catch (SQLException e) {
      // the database being away shows in other alerts; the gauges keep their last value meanwhile
      log.debug("queue sample failed: {}", e.getMessage());
    }
  }
}
