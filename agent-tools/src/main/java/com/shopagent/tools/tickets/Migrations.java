package com.shopagent.tools.tickets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs each script of one location once, recorded in {@code schema_version}. Several locations
 * (tickets today, others later) share that table. Scripts are written to run on H2 in PostgreSQL
 * mode and on PostgreSQL alike, and use IF NOT EXISTS because H2 commits DDL at once, so a
 * script that failed half-way there must be safe to run again.
 */
final class Migrations {
  private static final Object H2_LOCK = new Object();

  private final Database db;
  private final String location;
  private final List<MigrationScripts.Script> scripts;

  Migrations(Database db, String location, List<MigrationScripts.Script> scripts) {
    this.db = db;
    this.location = location;
    this.scripts = scripts;
  }

  void run() throws SQLException {
    try (Connection c = db.connection()) {
      if (db.dialect() == Dialect.H2) {
        // embedded H2 is opened by one process only, so a JVM-wide lock is enough
        synchronized (H2_LOCK) {
          applyPending(c);
        }
        return;
      }
      // several nodes may start at once: PostgreSQL serialises them with an advisory lock
      long key = ("schema_version:" + location).hashCode();
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, key);
        lock.execute();
      }
      try {
        applyPending(c);
      } finally {
        try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          unlock.setLong(1, key);
          unlock.execute();
        }
      }
    }
  }

  private void applyPending(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + " location VARCHAR(200) NOT NULL,"
              + " version INTEGER NOT NULL,"
              + " script VARCHAR(200) NOT NULL,"
              + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " PRIMARY KEY (location, version))");
    }
    Set<Integer> applied = applied(c);
    for (MigrationScripts.Script script : scripts) {
      if (!applied.contains(script.version())) {
        apply(c, script);
      }
    }
  }

  private Set<Integer> applied(Connection c) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version FROM schema_version WHERE location = ?")) {
      ps.setString(1, location);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          versions.add(rs.getInt(1));
        }
      }
    }
    return versions;
  }

  /** One transaction per script: on PostgreSQL the DDL and its record commit together. */
  private void apply(Connection c, MigrationScripts.Script script) throws SQLException {
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String statement : MigrationScripts.statements(script.sql())) {
          s.execute(statement);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO schema_version (location, version, script, applied_at) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, location);
        ps.setInt(2, script.version());
        ps.setString(3, script.fileName());
        ps.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
