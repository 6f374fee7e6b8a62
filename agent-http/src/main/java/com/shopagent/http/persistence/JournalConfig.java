package com.shopagent.http.persistence;

import com.shopagent.http.AgentSettings;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Points akka-persistence-jdbc and akka-projection-jdbc at the configured database: an H2 file
 * under the data dir by default, PostgreSQL when a {@code jdbc:postgresql:} URL is given.
 */
public final class JournalConfig {
  private JournalConfig() {}

  public static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  public static Config forSettings(AgentSettings s) {
    String url = s.journalJdbcUrl();
    boolean pg = isPostgres(url);
    Map<String, Object> m = new HashMap<>();
    String db = "akka-persistence-jdbc.shared-databases.default";
    m.put(db + ".profile", pg ? "slick.jdbc.PostgresProfile$" : "slick.jdbc.H2Profile$");
    m.put(db + ".db.url", url);
    m.put(db + ".db.user", s.embeddedDatabase() ? "sa" : s.databaseUser());
    m.put(db + ".db.password", s.embeddedDatabase() ? "" : s.databasePassword());
    m.put(db + ".db.driver", pg ? "org.postgresql.Driver" : "org.h2.Driver");
    m.put("akka.projection.jdbc.dialect", pg ? "postgres-dialect" : "h2-dialect");
    return ConfigFactory.parseMap(m);
  }

  /** The schema script of akka-persistence-jdbc for this database, as shipped in its jar. */
  public static String journalSchemaResource(AgentSettings s) {
    return isPostgres(s.journalJdbcUrl()) ? "schema/postgres/postgres-create-schema.sql" : "schema/h2/h2-create-schema.sql";
  }
}
