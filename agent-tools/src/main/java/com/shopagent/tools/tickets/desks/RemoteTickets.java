package com.shopagent.tools.tickets.desks;

import com.shopagent.tools.tickets.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The {@code remote_tickets} idempotency map. Blocking: call it on an executor. */
final class RemoteTickets {
  /** One request key: {@code remoteId} is null until the desk's answer was recorded. */
  record Entry(String requesterSubject, String remoteId) {}

  private final Database db;
  private final String desk;

  RemoteTickets(Database db, String desk) {
    this.db = db;
    this.desk = desk;
  }

  Optional<Entry> find(String key) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT requester_subject, remote_id FROM remote_tickets WHERE idempotency_key = ? AND desk = ?")) {
      ps.setString(1, key);
      ps.setString(2, desk);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Entry(rs.getString(1), rs.getString(2))) : Optional.empty();
      }
    }
  }

  /** Takes the key for one call until {@code until}; false when another call holds it or it is done. */
  boolean claim(String key, String requester, Instant now, Instant until) throws SQLException {
    try (Connection c = db.connection()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO remote_tickets (idempotency_key, desk,"
          + " requester_subject, remote_id, claimed_until, created_at) VALUES (?, ?, ?, NULL, ?, ?)")) {
        ps.setString(1, key);
        ps.setString(2, desk);
        ps.setString(3, requester);
        ps.setObject(4, utc(until));
        ps.setObject(5, utc(now));
        return ps.executeUpdate() == 1;
      } catch (SQLException e) {
        if (!"23505".equals(e.getSQLState())) {
          throw e;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE remote_tickets SET claimed_until = ?"
          + " WHERE idempotency_key = ? AND desk = ? AND remote_id IS NULL AND claimed_until < ?")) {
        ps.setObject(1, utc(until));
        ps.setString(2, key);
        ps.setString(3, desk);
        ps.setObject(4, utc(now));
        return ps.executeUpdate() == 1;
      }
    }
  }

  void resolve(String key, String remoteId) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE remote_tickets SET remote_id = ? WHERE idempotency_key = ? AND desk = ?")) {
      ps.setString(1, remoteId);
      ps.setString(2, key);
      ps.setString(3, desk);
      ps.executeUpdate();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
