package com.shopagent.tools.tickets;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The desk contract on a real PostgreSQL, one throw-away database per test. Fails when PostgreSQL
 * is unreachable unless AGENT_TEST_SKIP_POSTGRES=1; AGENT_TEST_PG_URL, AGENT_TEST_PG_USER and
 * AGENT_TEST_PG_PASSWORD point it elsewhere than the local trust-auth server.
 */
class PostgresTicketDeskTest extends TicketDeskContract {
  private static final String ADMIN_URL = env("AGENT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = env("AGENT_TEST_PG_USER", "postgres");
  private static final String PASSWORD = env("AGENT_TEST_PG_PASSWORD", "");

  private static boolean reachable;

  private String database;

  @BeforeAll
  static void requirePostgres() {
    try (Connection c = DriverManager.getConnection(ADMIN_URL + separator() + "connectTimeout=5", USER, PASSWORD)) {
      reachable = c.isValid(5);
    } catch (SQLException e) {
      if (!"1".equals(System.getenv("AGENT_TEST_SKIP_POSTGRES"))) {
        fail("PostgreSQL unreachable at " + ADMIN_URL + " (set AGENT_TEST_SKIP_POSTGRES=1 to skip)", e);
      }
    }
  }

  @Override
  protected Database openDatabase() {
    // skipped here rather than in @BeforeAll so each test shows as skipped in the report
    Assumptions.assumeTrue(reachable, "PostgreSQL unreachable and AGENT_TEST_SKIP_POSTGRES=1");
    if (database == null) {
      database = "tickets_test_" + UUID.randomUUID().toString().replace("-", "");
      admin("CREATE DATABASE " + database);
    }
    return Database.open(ADMIN_URL.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1"), USER, PASSWORD, 8);
  }

  @Override
  protected void dropStore() {
    if (database != null) {
      admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }

  private static String separator() {
    return ADMIN_URL.contains("?") ? "&" : "?";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
