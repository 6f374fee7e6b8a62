package com.shopagent.tools.tickets;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A pooled connection to the embedded H2 file database or to PostgreSQL, picked by the URL.
 * Blocking: call it from an executor meant for JDBC, never from an actor or a stream stage.
 */
public final class Database implements AutoCloseable {
  private static final int DEFAULT_POOL_SIZE = 4;

  private final HikariDataSource dataSource;
  private final Dialect dialect;

  private Database(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  public static Database open(String jdbcUrl, String user, String password) {
    return open(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
  }

  /** Fails at once when the database cannot be reached, so a bad URL shows at startup. */
  public static Database open(String jdbcUrl, String user, String password, int poolSize) {
    Dialect dialect = Dialect.fromUrl(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(dialect.normalize(jdbcUrl));
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("shopagent-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
    return new Database(new HikariDataSource(config), dialect);
  }

  public Dialect dialect() {
    return dialect;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /**
   * Applies the {@code V<n>__<name>.sql} scripts under a classpath folder (e.g. "db/tickets")
   * that this database has not seen yet. Safe to call on every start and from several nodes.
   */
  public void migrate(String location) {
    migrate(location, Database.class.getClassLoader());
  }

  void migrate(String location, ClassLoader classLoader) {
    try {
      new Migrations(this, location, MigrationScripts.find(classLoader, location)).run();
    } catch (SQLException e) {
      throw new IllegalStateException("migration of " + location + " failed", e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
