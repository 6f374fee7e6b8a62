package com.shopagent.tools.tickets;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import com.shopagent.core.privacy.TextCipher;

/**
 * A pooled connection to the embedded H2 file database or to PostgreSQL, picked by the URL.
 * Blocking: call it from an executor meant for JDBC, never from an actor or a stream stage.
 */
public final class Database implements AutoCloseable {
  private static final int DEFAULT_POOL_SIZE = 4;

  private static final String SEALED = "sealed:";
  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private volatile TextCipher cipher;

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

  /** Seals the columns that hold customer text (ticket bodies, outbox payloads) with this cipher. */
  public Database sealing(TextCipher cipher) {
    this.cipher = cipher;
    return this;
  }

  /** The value to store for a sensitive text column: sealed when a cipher is set. */
  public String seal(String plain) {
    TextCipher c = cipher;
    return c == null || plain == null ? plain : SEALED + c.sealText(plain);
  }

  /** Reads a sensitive column back; rows written before sealing was on read as they are. */
  public String open(String stored) {
    if (stored == null || !stored.startsWith(SEALED)) {
      return stored;
    }
    TextCipher c = cipher;
    if (c == null) {
      throw new IllegalStateException("this row is sealed but no encryption key ring is configured");
    }
    return c.openText(stored.substring(SEALED.length()));
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
