package com.shopagent.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.cluster.sharding.ShardRegion.CurrentShardRegionState;
import akka.cluster.sharding.typed.GetShardRegionState;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import akka.persistence.testkit.PersistenceTestKitPlugin;
import akka.persistence.testkit.PersistenceTestKitSnapshotPlugin;
import com.shopagent.core.brain.OfflineBrain;
import com.shopagent.core.model.Identity;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRegistry;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sharded session passivated while a slow tool runs in its child: it must stop (Akka 2.8.5 has
 * no stop timeout, so an entity that ignored passivation would stay stuck and buffer every later
 * message), tell the waiting customer to send again, and come back from the journal on the next
 * message.
 */
class SessionPassivationTest {
  static final ActorTestKit testKit = ActorTestKit.create(ConfigFactory.parseString("""
          akka.actor.provider = cluster
          akka.remote.artery.canonical { hostname = "127.0.0.1", port = 0 }
          akka.cluster.sharding.passivation.default-idle-strategy.idle-entity.timeout = 2 s
          akka.actor.serialize-messages = on
          """)
      .withFallback(PersistenceTestKitPlugin.getInstance().config())
      .withFallback(PersistenceTestKitSnapshotPlugin.config())
      .withFallback(ConfigFactory.load("application-test")));
  static final Identity alice = Identity.guest("alice");
  static final CompletableFuture<ToolOutput> neverAnswers = new CompletableFuture<>();
  static final ScriptedTools.Scripted kb = new ScriptedTools.Scripted("read_kb", Identity.READ_KB,
      Duration.ofSeconds(60), 1, r -> r.arg("query", "").contains("slow") ? neverAnswers : ScriptedTools.shippingPassages(r),
      "Our help pages are unavailable right now.");

  @BeforeAll
  static void joinAndStartSharding() {
    Cluster cluster = Cluster.get(testKit.system());
    cluster.manager().tell(Join.create(cluster.selfMember().address()));
    Hashing hashing = new Hashing("test-secret");
    SessionDeps deps = new SessionDeps(new OfflineBrain("support@shop.example"),
        new ToolRegistry(List.of(kb)), new Redactor(hashing), hashing, SessionSettings.defaults(),
        List.of("support@shop.example"));
    // the first turn loads the embedding model (seconds): done outside sharding, so that only
    // the slow tool below can outlast the idle timeout
    TestProbe<SessionActor.TurnResult> warmUp = testKit.createTestProbe();
    testKit.spawn(SessionActor.create("warm-up", deps))
        .tell(new SessionActor.Say(alice, "How long does shipping take?", "w", warmUp.getRef()));
    warmUp.receiveMessage(Duration.ofSeconds(60));
    SessionActor.init(testKit.system(), deps);
  }

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  @Test
  void should_stop_when_passivated_mid_turn_and_recover_on_the_next_message() {
    String id = "s-" + UUID.randomUUID();
    EntityRef<SessionActor.Command> session = ClusterSharding.get(testKit.system())
        .entityRefFor(SessionActor.ENTITY_KEY, id);
    TestProbe<SessionActor.TurnResult> customer = testKit.createTestProbe();

    session.tell(new SessionActor.Say(alice, "How long does shipping take?", "m1", customer.getRef()));
    assertInstanceOf(SessionActor.Replied.class, customer.receiveMessage(Duration.ofSeconds(20)));

    session.tell(new SessionActor.Say(alice, "slow: how long does shipping take to Canada?", "m2", customer.getRef()));
    var interrupted = assertInstanceOf(SessionActor.Refused.class, customer.receiveMessage(Duration.ofSeconds(15)),
        "the idle entity is passivated although its tool never answers; the customer hears so at once");
    assertEquals("interrupted", interrupted.code());
    customer.awaitAssert(Duration.ofSeconds(10), () -> {
      assertFalse(hostedEntities().contains(id), "the passivated session no longer lives in its shard");
      return null;
    });

    TestProbe<SessionActor.OpenResult> opener = testKit.createTestProbe();
    session.tell(new SessionActor.Open(alice, false, opener.getRef()));
    var resumed = assertInstanceOf(SessionActor.Opened.class, opener.receiveMessage(Duration.ofSeconds(10)));
    assertEquals(List.of("How long does shipping take?"),
        resumed.history().stream().map(Turn::userText).toList(), "recovered from the journal; the interrupted turn left nothing");
    session.tell(new SessionActor.Say(alice, "And how long does express shipping take?", "m3", customer.getRef()));
    var next = assertInstanceOf(SessionActor.Replied.class, customer.receiveMessage(Duration.ofSeconds(20)));
    assertTrue(next.reply().text().contains("1 to 2 days"), next.reply().text());
  }

  private static java.util.Set<String> hostedEntities() {
    TestProbe<CurrentShardRegionState> probe = testKit.createTestProbe();
    ClusterSharding.get(testKit.system()).shardState()
        .tell(new GetShardRegionState(SessionActor.ENTITY_KEY, probe.getRef()));
    var ids = new java.util.HashSet<String>();
    probe.receiveMessage(Duration.ofSeconds(5)).getShards().forEach(shard -> ids.addAll(shard.getEntityIds()));
    return ids;
  }
}
