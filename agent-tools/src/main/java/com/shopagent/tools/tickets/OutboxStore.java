package com.shopagent.tools.tickets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@code ticket_outbox}; all blocking, called on the outbox's executor. */
final class OutboxStore {
  private static final String COLUMNS =
      "ref, status, ticket_id, requester_subject, attempts, last_error, created_at, next_attempt_at";

  /** A due row with what it takes to deliver it. */
  record Pending(QueuedTicket info, String payload) {}

  private final Database db;

  OutboxStore(Database db) {
    this.db = db;
  }

  /** Throws a unique violation when the ref or the idempotency key is already taken. */
  void insert(String ref, NewTicket t, String payload, Instant now) throws SQLException {
    update(
        "INSERT INTO ticket_outbox (ref, idempotency_key, requester_subject, payload, status,"
            + " attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
        ps -> {
          ps.setString(1, ref);
          ps.setString(2, t.idempotencyKey());
          ps.setString(3, t.requesterSubject());
          ps.setString(4, db.seal(payload));
          ps.setString(5, QueuedTicket.PENDING);
          Sql.setInstant(ps, 6, now);
          Sql.setInstant(ps, 7, now);
        });
  }

  Optional<QueuedTicket> findByRef(String ref) throws SQLException {
    List<QueuedTicket> rows = query("ref = ?", ps -> ps.setString(1, ref));
    return rows.stream().findFirst();
  }

  Optional<QueuedTicket> findByKey(String key) throws SQLException {
    List<QueuedTicket> rows = query("idempotency_key = ?", ps -> ps.setString(1, key));
    return rows.stream().findFirst();
  }

  List<QueuedTicket> dead(int limit) throws SQLException {
    return query("status = ? ORDER BY created_at DESC LIMIT ?", ps -> {
      ps.setString(1, QueuedTicket.DEAD);
      ps.setInt(2, limit);
    });
  }

  List<Pending> due(Instant now, int limit) throws SQLException {
    String sql = "SELECT " + COLUMNS + ", payload FROM ticket_outbox"
        + " WHERE status = ? AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?";
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, QueuedTicket.PENDING);
      Sql.setInstant(ps, 2, now);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        List<Pending> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new Pending(map(rs), db.open(rs.getString("payload"))));
        }
        return out;
      }
    }
  }

  /**
   * Takes a due row for one delivery by pushing its next attempt past the lease. Only one of
   * several concurrent drains wins; the others see a row no longer due.
   */
  boolean claim(String ref, Instant now, Instant leaseUntil) throws SQLException {
    return update(
        "UPDATE ticket_outbox SET next_attempt_at = ? WHERE ref = ? AND status = ? AND next_attempt_at <= ?",
        ps -> {
          Sql.setInstant(ps, 1, leaseUntil);
          ps.setString(2, ref);
          ps.setString(3, QueuedTicket.PENDING);
          Sql.setInstant(ps, 4, now);
        }) == 1;
  }

  /** Records an attempt; only a pending row changes, so a late failure never undoes a success. */
  void recordAttempt(String ref, int attempts, String status, String ticketId, String error, Instant next)
      throws SQLException {
    update(
        "UPDATE ticket_outbox SET status = ?, attempts = ?, ticket_id = ?, last_error = ?,"
            + " next_attempt_at = ? WHERE ref = ? AND status = ?",
        ps -> {
          ps.setString(1, status);
          ps.setInt(2, attempts);
          ps.setString(3, ticketId);
          ps.setString(4, error);
          Sql.setInstant(ps, 5, next);
          ps.setString(6, ref);
          ps.setString(7, QueuedTicket.PENDING);
        });
  }

  private int update(String sql, Sql.Binder binder) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    }
  }

  private List<QueuedTicket> query(String where, Sql.Binder binder) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ticket_outbox WHERE " + where)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<QueuedTicket> out = new ArrayList<>();
        while (rs.next()) {
          out.add(map(rs));
        }
        return out;
      }
    }
  }

  private static QueuedTicket map(ResultSet rs) throws SQLException {
    return new QueuedTicket(rs.getString("ref"), rs.getString("status"), rs.getString("ticket_id"),
        rs.getString("requester_subject"), rs.getInt("attempts"), rs.getString("last_error"),
        Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "next_attempt_at"));
  }
}
