package com.shopagent.tools.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Throw-away databases on the real local PostgreSQL for tests. Unreachable PostgreSQL fails the
 * test unless AGENT_TEST_SKIP_POSTGRES=1; AGENT_TEST_PG_URL, AGENT_TEST_PG_USER and
 * AGENT_TEST_PG_PASSWORD point it elsewhere than the local trust-auth server.
 */
public final class ScratchPostgres {
  public static final String ADMIN_URL = env("AGENT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = env("AGENT_TEST_PG_USER", "postgres");
  public static final String PASSWORD = env("AGENT_TEST_PG_PASSWORD", "");

  private ScratchPostgres() {}

  /** True when reachable; false only when unreachable and skipping is allowed. */
  public static boolean available() {
    try (Connection c = DriverManager.getConnection(ADMIN_URL + (ADMIN_URL.contains("?") ? "&" : "?")
        + "connectTimeout=5", USER, PASSWORD)) {
      return c.isValid(5);
    } catch (SQLException e) {
      if (!"1".equals(System.getenv("AGENT_TEST_SKIP_POSTGRES"))) {
        fail("PostgreSQL unreachable at " + ADMIN_URL + " (set AGENT_TEST_SKIP_POSTGRES=1 to skip)", e);
      }
      return false;
    }
  }

  /** Creates a database with a random name starting with {@code prefix}; returns its name. */
  public static String create(String prefix) {
    String name = prefix + UUID.randomUUID().toString().replace("-", "");
    admin("CREATE DATABASE " + name);
    return name;
  }

  public static void drop(String name) {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  public static String urlOf(String database) {
    return ADMIN_URL.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
