package com.shopagent.http;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.Behaviors;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import akka.http.javadsl.server.Directives;
import akka.persistence.jdbc.testkit.javadsl.SchemaUtils;
import akka.projection.jdbc.javadsl.JdbcProjection;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.tooling.ToolRegistry;
import com.shopagent.http.audit.AuditProjection;
import com.shopagent.http.auth.Identities;
import com.shopagent.http.auth.Secrets;
import com.shopagent.http.auth.ShopTokenConfig;
import com.shopagent.http.auth.SessionTokens;
import com.shopagent.http.chat.ChatFrames;
import com.shopagent.http.chat.ChatService;
import com.shopagent.http.cluster.ClusterMode;
import com.shopagent.http.health.Check;
import com.shopagent.http.health.NodeChecks;
import com.shopagent.http.health.Readiness;
import com.shopagent.http.kafka.EmbeddedKafka;
import com.shopagent.http.tasks.TaskSettings;
import com.shopagent.http.tasks.TasksSetup;
import com.shopagent.tools.tasks.SmtpSettings;
import com.shopagent.http.persistence.JournalConfig;
import com.shopagent.http.persistence.PlainJdbcSession;
import com.shopagent.http.routes.ChatRoutes;
import com.shopagent.http.routes.OpsRoutes;
import com.shopagent.http.routes.TicketRoutes;
import com.shopagent.http.routes.WebhookRoutes;
import com.shopagent.tools.orders.CachedOrderSource;
import com.shopagent.tools.orders.OrderSources;
import com.shopagent.tools.orders.WooCommerceSettings;
import com.shopagent.tools.orders.WooCommerceWebhooks;
import com.shopagent.tools.tickets.AssignmentRules;
import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.JdbcTicketDesk;
import com.shopagent.tools.tickets.OutboxSettings;
import com.shopagent.tools.tickets.TicketOutbox;
import com.typesafe.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import kamon.Kamon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the running agent: storage, broker, knowledge base, actors, projection and HTTP. */
public final class AgentServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AgentServer.class);
  private static final Duration STARTUP_STEP = Duration.ofSeconds(90);
  private final AgentSettings settings;
  private final Resources res = new Resources();
  private ServerBinding binding;
  private String publicUrl;
  private String brainName;

  private AgentServer(AgentSettings settings) {
    this.settings = settings;
  }

  public static AgentServer start(Config config, Path home) throws Exception {
    AgentServer server = new AgentServer(AgentSettings.from(config, home));
    try {
      server.boot(config);
      return server;
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  private void boot(Config config) throws Exception {
    Path data = settings.dataDir();
    ClusterMode mode = ClusterMode.from(config);
    mode.requireShared(settings.embeddedDatabase(), settings.kafkaBootstrap().isBlank(), Map.of(
        "AGENT_HMAC_SECRET", config.getString("shop-agent.secrets.hmac"),
        "AGENT_SESSION_SECRET", config.getString("shop-agent.secrets.session-token"),
        "AGENT_ADMIN_TOKEN", config.getString("shop-agent.secrets.admin-token"),
        "AGENT_ENCRYPTION_KEYS", config.getString("shop-agent.encryption.keys")));
    Files.createDirectories(data);
    Secrets secrets = Secrets.load(data, config);
    com.shopagent.http.auth.StartupChecks.requireStrongSecrets(secrets,
        config.getString("shop-agent.auth.shop-token.public-jwk").isBlank());
    com.shopagent.http.auth.StartupChecks.exposureWarning(config.getBoolean("shop-agent.auth.allow-anonymous-guests"),
        settings.allowedOrigins()).ifPresent(log::warn);
    Kamon.init(config);
    res.kamon = true;
    String bootstrap = startKafka();
    res.db = Database.open(settings.agentJdbcUrl(), dbUser(), dbPassword())
        .sealing(com.shopagent.core.privacy.TextCipher.fromRing(secrets.encryptionKeys()));
    res.db.migrate(JdbcTicketDesk.MIGRATIONS);
    res.kb = KnowledgeSetup.openAndSync(settings);

    Config withSecrets = com.typesafe.config.ConfigFactory.parseMap(
        Map.of("shop-agent.encryption.keys", secrets.encryptionKeys())).withFallback(config);
    res.system = ActorSystem.create(Behaviors.empty(), "shop-agent",
        mode.applyTo(JournalConfig.forSettings(settings).withFallback(withSecrets)));
    ActorSystem<?> system = res.system;
    mode.join(system);
    startupStep("creating the journal tables", SchemaUtils.createIfNotExists(system));
    startupStep("creating the projection tables",
        JdbcProjection.createTablesIfNotExists(() -> new PlainJdbcSession(res.db.dataSource()), system));

    Executor blocking = system.dispatchers().lookup(DispatcherSelector.fromConfig("shop-agent.blocking-dispatcher"));
    int port = settings.httpPort() == 0 ? freePort() : settings.httpPort();
    publicUrl = settings.publicBaseUrl(port);
    var builtinDesk = new JdbcTicketDesk(res.db, blocking, publicUrl, AssignmentRules.defaults());
    var desk = DeskSetup.choose(config, builtinDesk, res.db, blocking);
    var outbox = new TicketOutbox(res.db, blocking, publicUrl,
        outboxSettings(), Clock.systemUTC());
    var woo = WooCommerceSettings.from(config.getConfig("shop-agent"), settings.home());
    CachedOrderSource orders = OrderSources.open(woo);
    var smtp = SmtpSettings.from(config.getConfig("shop-agent"));
    var tools = new ToolRegistry(com.shopagent.core.tooling.FaultyTool.wrap(
        ToolsSetup.all(settings, res.kb, desk, outbox, ticketQuota(config), orders, res.db,
            TasksSetup.EmailRules.from(config.getConfig("shop-agent"), woo, !smtp.host().isBlank()), blocking),
        com.shopagent.core.tooling.ChaosSettings.perTool(config.getConfig("shop-agent.chaos"))));
    // loads the routing model and phrases now (a few seconds) rather than in the first customer's turn
    Triage triage = Triage.create(policy());
    brainName = SessionSetup.init(system, config, settings, tools, blocking, triage, secrets.hmac()).name();

    res.producer = AuditProjection.producer(system, bootstrap);
    AuditProjection.init(system, () -> new PlainJdbcSession(res.db.dataSource()), res.producer, settings.auditTopic());
    TasksSetup.start(system, res.db, bootstrap, TaskSettings.from(config.getConfig("shop-agent")), smtp, woo, blocking);
    new com.shopagent.http.ops.QueueSampler(res.db)
        .schedule(system, config.getDuration("shop-agent.metrics.queue-sample-interval"), blocking);
    com.shopagent.http.ops.ClusterSampler.schedule(system, config.getDuration("shop-agent.metrics.queue-sample-interval"));
    system.scheduler().scheduleWithFixedDelay(settings.outboxDrainInterval(), settings.outboxDrainInterval(),
        () -> outbox.drain(desk), system.executionContext());

    SessionTokens tokens = new SessionTokens(secrets.sessionToken(), settings.sessionTokenTtl(), Clock.systemUTC());
    var identities = new Identities(tokens, ShopTokenConfig.verifier(config, secrets),
        config.getBoolean("shop-agent.auth.allow-anonymous-guests"));
    Config c = config.getConfig("shop-agent");
    var limits = new com.shopagent.http.chat.RateLimits(AgentSettings.limit(c, "limits.per-ip"),
        AgentSettings.limit(c, "limits.per-user"), AgentSettings.limit(c, "limits.reads"),
        AgentSettings.limit(c, "limits.admin-failures"));
    ChatService chat = new ChatService(system, identities, limits, settings.maxMessageChars(), settings.turnTimeout());
    var routes = Directives.concat(
        new ChatRoutes(system, chat, new ChatFrames(settings.shopBaseUrl()), settings.allowedOrigins(),
            com.shopagent.http.chat.TrustedProxies.parse(config.getString("shop-agent.http.trusted-proxies")),
            com.shopagent.http.chat.SocketTimeouts.from(config)).routes(),
        new TicketRoutes(builtinDesk, outbox, tokens, secrets.adminToken(), limits, blocking).routes(),
        new WebhookRoutes(new WooCommerceWebhooks(woo.webhookSecret(),
            com.shopagent.http.cluster.OrderInvalidations.start(system, orders::invalidate))).routes(),
        new OpsRoutes(readiness()).routes(),
        new com.shopagent.http.routes.ClusterRoutes(system, secrets.adminToken()).routes());
    binding = startupStep("binding " + settings.httpHost() + ":" + port,
        Http.get(system).newServerAt(settings.httpHost(), port).bind(routes));
    binding.addToCoordinatedShutdown(Duration.ofSeconds(5), system);
  }

  /** What GET /ready checks; the audit check is reported but does not take the node out. */
  private Readiness readiness() {
    res.checks = new NodeChecks(res.system, kafkaBootstrap());
    NodeChecks c = res.checks;
    return new Readiness(List.of(
        new Check("cluster_member", true, c::memberUp),
        new Check("session_sharding", true, c::shardingRegistered),
        new Check("database", true, () -> c.databaseReachable(res.db.dataSource())),
        new Check("knowledge_base", true, () -> res.kb != null
            ? java.util.concurrent.CompletableFuture.completedFuture(res.kb)
            : java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("not loaded"))),
        new Check("audit_kafka", false, c::kafkaReachable)), Duration.ofSeconds(4));
  }

  /**
   * Waits for one start-up step on the main thread (never an actor's), bounded: an unreachable
   * database must fail the start with its name, not hang it.
   */
  private static <T> T startupStep(String what, java.util.concurrent.CompletionStage<T> step) throws Exception {
    try {
      return step.toCompletableFuture().get(STARTUP_STEP.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(what + " did not finish within " + STARTUP_STEP.toSeconds() + " s", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** $AGENT_HOME/config/policies.yaml when present (operators tune it there), else the copy in the jar. */
  private EscalationPolicy policy() {
    Path file = settings.home().resolve("config/policies.yaml");
    return Files.isRegularFile(file) ? EscalationPolicy.load(file) : EscalationPolicy.defaults();
  }

  /** Port 0 is resolved before binding, so ticket links carry the real port. */
  private static int freePort() throws java.io.IOException {
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private String startKafka() {
    if (!settings.kafkaBootstrap().isBlank()) {
      return settings.kafkaBootstrap();
    }
    res.kafka = EmbeddedKafka.start(settings.dataDir().resolve("kafka"), settings.embeddedKafkaPort(), Duration.ofSeconds(60));
    res.kafka.ensureTopics(Map.of(settings.auditTopic(), settings.topicPartitions(),
        settings.tasksTopic(), settings.topicPartitions()));
    return res.kafka.bootstrapServers();
  }

  private OutboxSettings outboxSettings() {
    OutboxSettings d = OutboxSettings.defaults();
    return new OutboxSettings(settings.outboxMaxAttempts(), d.firstBackoff(), d.maxBackoff(), d.callTimeout(), d.batchSize());
  }

  private static com.shopagent.tools.tickets.TicketQuota ticketQuota(Config config) {
    Config c = config.getConfig("shop-agent");
    return new com.shopagent.tools.tickets.TicketQuota(AgentSettings.limit(c, "tickets.per-identity"),
        AgentSettings.limit(c, "tickets.per-ip"));
  }

  private String dbUser() {
    return settings.embeddedDatabase() ? "sa" : settings.databaseUser();
  }

  private String dbPassword() {
    return settings.embeddedDatabase() ? "" : settings.databasePassword();
  }

  public int port() {
    return binding.localAddress().getPort();
  }

  public String baseUrl() {
    return "http://" + settings.httpHost() + ":" + port();
  }

  public String kafkaBootstrap() {
    return res.kafka != null ? res.kafka.bootstrapServers() : settings.kafkaBootstrap();
  }

  public void printUrls() {
    String ws = baseUrl().replaceFirst("^http", "ws");
    System.out.println("Shop agent is running (" + settings.shopName() + ", " + brainName + ", data in "
        + settings.dataDir() + ")");
    System.out.println("  Chat (WebSocket): " + ws + "/v1/chat/ws");
    System.out.println("  Chat (one turn):  POST " + baseUrl() + "/v1/chat");
    System.out.println("  Metrics:          " + baseUrl() + "/metrics");
    System.out.println("  Audit topic:      " + settings.auditTopic() + " on " + kafkaBootstrap());
  }

  public ActorSystem<?> system() {
    return res.system;
  }

  @Override
  public void close() {
    res.close();
  }
}
