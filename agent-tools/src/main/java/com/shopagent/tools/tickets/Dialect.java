package com.shopagent.tools.tickets;

import java.util.Locale;

/** The two databases we run on; the SQL is shared, so this only matters for URLs and locking. */
public enum Dialect {
  H2,
  POSTGRES;

  public static Dialect fromUrl(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    throw new IllegalArgumentException("unsupported JDBC URL (H2 or PostgreSQL only)");
  }

  /**
   * H2 runs in PostgreSQL mode so one set of migrations and queries serves both. In-memory H2
   * databases are kept until the JVM ends, or they vanish when the pool recycles connections.
   */
  String normalize(String jdbcUrl) {
    if (this != H2) {
      return jdbcUrl;
    }
    String url = jdbcUrl;
    String upper = url.toUpperCase(Locale.ROOT);
    if (!upper.contains(";MODE=")) {
      url += ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
    if (upper.startsWith("JDBC:H2:MEM:") && !upper.contains(";DB_CLOSE_DELAY=")) {
      url += ";DB_CLOSE_DELAY=-1";
    }
    return url;
  }
}
