package com.shopagent.tools.tickets;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Small JDBC helpers shared by the desk and the outbox. */
final class Sql {
  private Sql() {}

  /** Sets the parameters of a prepared statement. */
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** H2 and PostgreSQL both report a unique-key clash as SQLState 23505. */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if ("23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Both databases keep microseconds; truncating first makes a stored time read back equal. */
  static Instant now(java.time.Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static Instant getInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
