package com.shopagent.tools.tasks;

import com.shopagent.tools.tickets.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The task outbox and the delivered-task ledger in the agent's database. Blocking JDBC: call it
 * from an executor meant for blocking work. Payloads are sealed when the database has a cipher.
 */
public final class TaskStore {
  public static final String MIGRATIONS = "db/tasks";
  private static final String COLUMNS = "id, kind, requester_subject, payload, status, attempts";

  private final Database db;

  public TaskStore(Database db) {
    this.db = db;
  }

  /**
   * Writes a pending task once per idempotency key; a retried call gets the first task's id back.
   */
  public String enqueue(String kind, String idempotencyKey, String requester, String payload) {
    Optional<String> existing = idForKey(idempotencyKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    String id = "Q-" + UUID.randomUUID().toString().substring(0, 13);
    update("INSERT INTO tasks (id, kind, idempotency_key, requester_subject, payload, status, attempts, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, 0, ?)", id, kind, idempotencyKey, requester, db.seal(payload), Task.PENDING,
        OffsetDateTime.now(ZoneOffset.UTC));
    return id;
  }

  public List<Task> pending(int limit) {
    return query("status = ? ORDER BY created_at LIMIT " + Math.max(1, limit), Task.PENDING);
  }

  public Optional<Task> find(String id) {
    return query("id = ?", id).stream().findFirst();
  }

  public void markPublished(String id) {
    update("UPDATE tasks SET status = ? WHERE id = ? AND status = ?", Task.PUBLISHED, id, Task.PENDING);
  }

  public boolean delivered(String id) {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT 1 FROM delivered_tasks WHERE task_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("task store: " + e.getMessage(), e);
    }
  }

  /** Records the execution; the ledger row is what makes a redelivered record a no-op. */
  public void markDelivered(String id, int attempts) {
    update("INSERT INTO delivered_tasks (task_id, delivered_at) VALUES (?, ?)", id, OffsetDateTime.now(ZoneOffset.UTC));
    update("UPDATE tasks SET status = ?, attempts = ?, last_error = NULL WHERE id = ?", Task.DELIVERED, attempts, id);
  }

  public void recordFailure(String id, int attempts, String error, boolean dead) {
    String shortError = error == null ? "" : error.substring(0, Math.min(error.length(), 1000));
    update("UPDATE tasks SET status = ?, attempts = ?, last_error = ? WHERE id = ?",
        dead ? Task.DEAD : Task.PUBLISHED, attempts, shortError, id);
  }

  private Optional<String> idForKey(String key) {
    return query("idempotency_key = ?", key).stream().map(Task::id).findFirst();
  }

  private List<Task> query(String where, Object... params) {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM tasks WHERE " + where)) {
      bind(ps, params);
      List<Task> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Task(rs.getString("id"), rs.getString("kind"), rs.getString("requester_subject"),
              db.open(rs.getString("payload")), rs.getString("status"), rs.getInt("attempts")));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw new IllegalStateException("task store: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Object... params) {
    try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("task store: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
  }
}
