package com.shopagent.http;

import com.shopagent.core.session.SessionSettings;
import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Duration;

/** The agent's settings, read once from the {@code shop-agent} section of the config. */
public record AgentSettings(
    Path home,
    Path dataDir,
    String publicUrl,
    String httpHost,
    int httpPort,
    java.util.Set<String> allowedOrigins,
    String shopName,
    String shopBaseUrl,
    String contactRoute,
    Path kbSource,
    String kbStore,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    Duration sessionTokenTtl,
    int maxMessageChars,
    Duration turnTimeout,
    SessionSettings orchestrator,
    String kafkaBootstrap,
    int embeddedKafkaPort,
    String auditTopic,
    String tasksTopic,
    int topicPartitions,
    Duration outboxDrainInterval,
    int outboxMaxAttempts) {

  public static AgentSettings from(Config root, Path home) {
    Config c = root.getConfig("shop-agent");
    Path data = home.resolve(c.getString("data-dir")).normalize();
    String host = c.getString("http.host");
    int port = c.getInt("http.port");
    return new AgentSettings(
        home,
        data,
        c.getString("public-url"),
        host,
        port,
        java.util.Arrays.stream(c.getString("http.allowed-origins").split(","))
            .map(String::trim).filter(o -> !o.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet()),
        c.getString("shop.name"),
        c.getString("shop.base-url"),
        c.getString("shop.contact-route"),
        c.getString("knowledge.source").isBlank() ? null : home.resolve(c.getString("knowledge.source")).normalize(),
        c.getString("knowledge.store").strip().toLowerCase(java.util.Locale.ROOT),
        c.getString("database.url"),
        c.getString("database.user"),
        c.getString("database.password"),
        c.getDuration("auth.session-token-ttl"),
        c.getInt("chat.max-message-chars"),
        c.getDuration("chat.turn-timeout"),
        new SessionSettings(
            c.getInt("orchestrator.max-rounds"),
            c.getInt("orchestrator.max-tool-calls"),
            c.getDuration("orchestrator.brain-timeout"),
            c.getInt("orchestrator.snapshot-every"),
            SessionSettings.defaults().cannedReply(),
            limit(c, "limits.per-session"),
            spendCap(c, root)),
        c.getString("kafka.bootstrap-servers"),
        c.getInt("kafka.embedded-port"),
        c.getString("kafka.audit-topic"),
        c.getString("kafka.tasks-topic"),
        c.getInt("kafka.partitions"),
        c.getDuration("tickets.outbox-drain-interval"),
        c.getInt("tickets.outbox-max-attempts"));
  }

  /** The per-session model budget and the price table it is measured with (config/prices.conf). */
  static com.shopagent.core.policy.SpendCap spendCap(Config c, Config root) {
    var prices = new java.util.HashMap<String, com.shopagent.core.policy.SpendCap.Price>();
    Config table = root.getConfig("shop-agent.prices");
    table.root().keySet().forEach(model -> prices.put(model, new com.shopagent.core.policy.SpendCap.Price(
        table.getConfig("\"" + model + "\"").getDouble("input-per-mtok"),
        table.getConfig("\"" + model + "\"").getDouble("output-per-mtok"))));
    return new com.shopagent.core.policy.SpendCap(c.getLong("orchestrator.spend-cap.max-tokens"),
        c.getDouble("orchestrator.spend-cap.max-cost-usd"), prices);
  }

  public static com.shopagent.core.policy.RateLimit limit(Config c, String path) {
    return new com.shopagent.core.policy.RateLimit(c.getLong(path + ".capacity"), c.getLong(path + ".refill"),
        c.getDuration(path + ".period"));
  }

  public boolean embeddedDatabase() {
    return databaseUrl.isBlank();
  }

  /** JDBC url of the agent's own tables (tickets, outbox, projection offsets). */
  public String agentJdbcUrl() {
    return embeddedDatabase() ? "jdbc:h2:file:" + dataDir.resolve("db/agent").toAbsolutePath() : databaseUrl;
  }

  /** JDBC url of the session journal: its own H2 file when embedded, the same database otherwise. */
  public String journalJdbcUrl() {
    return embeddedDatabase() ? "jdbc:h2:file:" + dataDir.resolve("db/journal").toAbsolutePath() : databaseUrl;
  }

  public String publicBaseUrl(int boundPort) {
    return publicUrl.isBlank() ? "http://" + httpHost + ":" + boundPort : publicUrl.replaceAll("/+$", "");
  }
}
