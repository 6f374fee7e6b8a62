package com.shopagent.http.eval.suite;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import akka.persistence.jdbc.testkit.javadsl.SchemaUtils;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.model.Identity;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.privacy.TextCipher;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.tooling.ChaosSettings;
import com.shopagent.core.tooling.FaultyTool;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolRegistry;
import com.shopagent.http.AgentSettings;
import com.shopagent.http.BrainSetup;
import com.shopagent.http.SessionSetup;
import com.shopagent.http.ToolsSetup;
import com.shopagent.http.tasks.TasksSetup;
import com.shopagent.http.KnowledgeSetup;
import com.shopagent.http.auth.Secrets;
import com.shopagent.http.persistence.JournalConfig;
import com.shopagent.tools.kb.KnowledgeBase;
import com.shopagent.tools.orders.OrderSources;
import com.shopagent.tools.orders.WooCommerceSettings;
import com.shopagent.tools.tickets.AssignmentRules;
import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.JdbcTicketDesk;
import com.shopagent.tools.tickets.OutboxSettings;
import com.shopagent.tools.tickets.TicketOutbox;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The agent as `serve` wires it, minus HTTP, broker and audit projection: real session actors
 * (sharded, journaled to H2 in a scratch folder), the real tools on the demo store and the
 * configured brain, with a {@link ToolTap} between orchestrator and tools. Both task tools are
 * offered whatever the SMTP settings: what they queue is never delivered from here.
 */
public final class EvalAgent implements AutoCloseable {
  private final ActorSystem<?> system;
  private final Database db;
  private final KnowledgeBase kb;
  private final ToolTap tap;
  private final BrainTap brainTap;
  private final Duration turnTimeout;
  private final String brainName;

  private EvalAgent(ActorSystem<?> system, Database db, KnowledgeBase kb, ToolTap tap, BrainTap brainTap,
      Duration turnTimeout, String brainName) {
    this.system = system;
    this.db = db;
    this.kb = kb;
    this.tap = tap;
    this.brainTap = brainTap;
    this.turnTimeout = turnTimeout;
    this.brainName = brainName;
  }

  /** {@code scratch} holds the journal, desk, index and secrets of this run only. */
  public static EvalAgent start(Config base, Path home, Path scratch, EscalationPolicy policy) throws Exception {
    Config config = ConfigFactory.parseMap(Map.of(
        "shop-agent.data-dir", scratch.toAbsolutePath().toString(),
        "shop-agent.database.url", "",
        "shop-agent.chaos", Map.of(),
        "akka.remote.artery.canonical.port", 0)).withFallback(base).resolve();
    AgentSettings settings = AgentSettings.from(config, home);
    Files.createDirectories(settings.dataDir());
    Secrets secrets = Secrets.load(settings.dataDir(), config);
    Database db = Database.open(settings.agentJdbcUrl(), "sa", "").sealing(TextCipher.fromRing(secrets.encryptionKeys()));
    db.migrate(JdbcTicketDesk.MIGRATIONS);
    KnowledgeBase kb = KnowledgeSetup.openAndSync(settings);
    Config withSecrets = ConfigFactory.parseMap(Map.of("shop-agent.encryption.keys", secrets.encryptionKeys()))
        .withFallback(config);
    ActorSystem<?> system = ActorSystem.create(Behaviors.empty(), "shop-agent-eval",
        JournalConfig.forSettings(settings).withFallback(withSecrets));
    Cluster cluster = Cluster.get(system);
    cluster.manager().tell(Join.create(cluster.selfMember().address()));
    SchemaUtils.createIfNotExists(system).toCompletableFuture().get(60, TimeUnit.SECONDS);
    Executor blocking = system.dispatchers().lookup(DispatcherSelector.fromConfig("shop-agent.blocking-dispatcher"));
    String publicUrl = "http://127.0.0.1:0";
    var desk = new JdbcTicketDesk(db, blocking, publicUrl, AssignmentRules.defaults());
    var outbox = new TicketOutbox(db, blocking, publicUrl, OutboxSettings.defaults(), Clock.systemUTC());
    var woo = WooCommerceSettings.from(config.getConfig("shop-agent"), home);
    var orders = OrderSources.open(woo);
    ToolTap tap = new ToolTap();
    // both task tools, so suites can exercise them: no relay or worker runs here, so what they queue
    // stays in the scratch database and no evaluation ever emails a customer or writes to the shop
    List<Tool> hands = ToolsSetup.all(settings, kb, desk, outbox, com.shopagent.tools.tickets.TicketQuota.UNLIMITED, orders, db,
        TasksSetup.EmailRules.from(config.getConfig("shop-agent"), woo, true), blocking);
    var tools = new ToolRegistry(tap.wrap(FaultyTool.wrap(hands, Map.<String, ChaosSettings>of())));
    BrainTap brainTap = new BrainTap();
    BrainSetup.Chosen brain = SessionSetup.init(system, config, settings, tools, blocking, Triage.create(policy),
        secrets.hmac(), brainTap::wrap);
    return new EvalAgent(system, db, kb, tap, brainTap, settings.turnTimeout(), brain.name());
  }

  public String brainName() {
    return brainName;
  }

  /** Each case gets a fresh session, with its own faults: per tool, and {@code brain} for the model. */
  void chaos(String sessionId, Map<String, String> faults) {
    tap.chaos(sessionId, faults);
    brainTap.fault(sessionId, faults.get(BrainTap.KEY));
  }

  List<CaseResult.Call> calls(String sessionId) {
    return tap.calls(sessionId);
  }

  void forget(String sessionId) {
    tap.forget(sessionId);
    brainTap.fault(sessionId, null);
  }

  /** Opens (first turn) and says one message; blocks the runner's own thread, never an actor's. */
  SessionActor.TurnResult say(Identity who, String sessionId, String text, boolean first) throws Exception {
    var entity = ClusterSharding.get(system).entityRefFor(SessionActor.ENTITY_KEY, sessionId);
    if (first) {
      var opened = entity.<SessionActor.OpenResult>ask(r -> new SessionActor.Open(who, true, r), Duration.ofSeconds(30))
          .toCompletableFuture().get(31, TimeUnit.SECONDS);
      if (opened instanceof SessionActor.Refused refused) {
        return refused;
      }
    }
    Duration budget = turnTimeout.plusSeconds(5);
    return entity.<SessionActor.TurnResult>ask(r -> new SessionActor.Say(who, text, java.util.UUID.randomUUID().toString(), r), budget)
        .toCompletableFuture().get(budget.toMillis() + 1000, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() throws Exception {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    db.close();
    kb.close();
  }
}
