package com.shopagent.http.routes;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.ShardRegion;
import akka.cluster.sharding.typed.GetShardRegionState;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import akka.http.javadsl.server.Directives;
import akka.persistence.jdbc.testkit.javadsl.SchemaUtils;
import com.shopagent.core.brain.Brain;
import com.shopagent.core.brain.BrainStep;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.privacy.TextCipher;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.session.SessionDeps;
import com.shopagent.core.session.SessionSettings;
import com.shopagent.core.tooling.ToolRegistry;
import com.shopagent.http.AgentSettings;
import com.shopagent.http.auth.Identities;
import com.shopagent.http.auth.Secrets;
import com.shopagent.http.auth.SessionTokens;
import com.shopagent.http.auth.ShopTokenConfig;
import com.shopagent.http.chat.ChatFrames;
import com.shopagent.http.chat.ChatService;
import com.shopagent.http.chat.SocketTimeouts;
import com.shopagent.http.chat.RateLimits;
import com.shopagent.http.persistence.JournalConfig;
import com.shopagent.tools.tickets.AssignmentRules;
import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.JdbcTicketDesk;
import com.shopagent.tools.tickets.TicketOutbox;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The chat and ticket routes on a real one-node cluster: sharded session entities journaled to
 * H2, the built-in desk on H2, a canned brain. Each {@link #bind} gets its own rate limits,
 * since every test client comes from 127.0.0.1.
 */
final class AbuseRig implements AutoCloseable {
  static final String CONTACT = "support@shop.example";
  final ActorSystem<Void> system;
  final Secrets secrets;
  final SessionTokens tokens;
  final Config config;
  private final Database db;
  private final ChatFrames frames = new ChatFrames("");

  AbuseRig(Path dir) throws Exception {
    config = ConfigFactory.parseMap(Map.of(
        "shop-agent.data-dir", dir.toString(),
        "shop-agent.database.url", "",
        "shop-agent.encryption.keys", TextCipher.newRingEntry("k1"),
        "akka.loglevel", "WARNING",
        "akka.http.server.websocket.periodic-keep-alive-max-idle", "300 ms"))
        .withFallback(ConfigFactory.load()).resolve();
    AgentSettings settings = AgentSettings.from(config, dir);
    secrets = Secrets.load(dir, config);
    system = ActorSystem.create(Behaviors.empty(), "abuse", JournalConfig.forSettings(settings).withFallback(config));
    Cluster cluster = Cluster.get(system);
    cluster.manager().tell(Join.create(cluster.selfMember().address()));
    SchemaUtils.createIfNotExists(system).toCompletableFuture().get(60, TimeUnit.SECONDS);
    Hashing hashing = new Hashing(secrets.hmac());
    // no turn here reaches a brain (every one under test is refused before): a canned one, no model to load
    Brain canned = ctx -> CompletableFuture.completedFuture(new BrainStep.Respond(new Reply("Hello.", List.of(),
        Outcome.ANSWERED, false, null, "faq", 0.9, List.of())));
    SessionActor.init(system, new SessionDeps(canned, new ToolRegistry(List.of()),
        new Redactor(hashing), hashing, SessionSettings.defaults(), List.of(CONTACT)));
    tokens = new SessionTokens(secrets.sessionToken(), Duration.ofMinutes(5), Clock.systemUTC());
    db = Database.open(settings.agentJdbcUrl(), "sa", "");
    db.migrate(JdbcTicketDesk.MIGRATIONS);
  }

  /** The chat and ticket routes with these limits and socket timeouts, on a free port. */
  ServerBinding bind(RateLimits limits, SocketTimeouts timeouts) throws Exception {
    var identities = new Identities(tokens, ShopTokenConfig.verifier(config, secrets), true);
    var chat = new ChatService(system, identities, limits, 4000, Duration.ofSeconds(30));
    var desk = new JdbcTicketDesk(db, system.executionContext(), "http://127.0.0.1", AssignmentRules.defaults());
    var outbox = new TicketOutbox(db, system.executionContext(), "http://127.0.0.1");
    var routes = Directives.concat(
        new ChatRoutes(system, chat, frames, Set.of(), com.shopagent.http.chat.TrustedProxies.NONE, timeouts).routes(),
        new TicketRoutes(desk, outbox, tokens, secrets.adminToken(), limits, system.executionContext()).routes());
    return Http.get(system).newServerAt("127.0.0.1", 0).bind(routes).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Session entities alive on this node right now. */
  int liveSessions() throws Exception {
    ShardRegion.CurrentShardRegionState state = AskPattern.<akka.cluster.sharding.typed.ClusterShardingQuery,
            ShardRegion.CurrentShardRegionState>ask(ClusterSharding.get(system).shardState(),
            replyTo -> new GetShardRegionState(SessionActor.ENTITY_KEY, replyTo), Duration.ofSeconds(5), system.scheduler())
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
    return state.getShards().stream().mapToInt(s -> s.getEntityIds().size()).sum();
  }

  @Override
  public void close() {
    system.terminate();
    db.close();
  }
}
