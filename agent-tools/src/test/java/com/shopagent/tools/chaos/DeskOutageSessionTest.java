package com.shopagent.tools.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import akka.persistence.testkit.PersistenceTestKitPlugin;
import akka.persistence.testkit.PersistenceTestKitSnapshotPlugin;
import com.shopagent.core.brain.OfflineBrain;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.session.SessionDeps;
import com.shopagent.core.session.SessionSettings;
import com.shopagent.core.tooling.ChaosSettings;
import com.shopagent.core.tooling.FaultyTool;
import com.shopagent.core.tooling.ToolRegistry;
import com.shopagent.tools.tickets.DrainResult;
import com.shopagent.tools.tickets.Ticket;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Done-when 2 and the session side of done-when 3, through the real SessionActor, offline brain,
 * ToolCallActor and tools: what the customer reads when a hand fails, and that nothing is lost.
 */
class DeskOutageSessionTest {
  static final ActorTestKit testKit = ActorTestKit.create(
      ConfigFactory.parseString("shop-agent.encryption.keys = \"test:6Cx8DPAw6xKV9w48vkRoNsTbQvvpBFzUjE7JLaXQZbs=\"")
          .withFallback(PersistenceTestKitPlugin.getInstance().config())
          .withFallback(PersistenceTestKitSnapshotPlugin.config())
          .withFallback(ConfigFactory.load()));
  static final Identity ALICE = new Identity("user:101", java.util.Set.of(Identity.READ_KB, Identity.TICKETS_CREATE));
  static final Hashing hashing = new Hashing("test-secret");

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  private static ActorRef<SessionActor.Command> session(ToolRegistry tools) {
    var deps = new SessionDeps(new OfflineBrain(ChaosRig.CONTACT), tools, new Redactor(hashing), hashing,
        SessionSettings.defaults(), List.of(ChaosRig.CONTACT));
    return testKit.spawn(SessionActor.create("s-" + UUID.randomUUID(), deps));
  }

  private static Reply say(ActorRef<SessionActor.Command> session, String text) {
    TestProbe<SessionActor.TurnResult> probe = testKit.createTestProbe();
    session.tell(new SessionActor.Say(ALICE, text, "c-" + UUID.randomUUID(), probe.getRef()));
    return assertInstanceOf(SessionActor.Replied.class, probe.receiveMessage(Duration.ofSeconds(15))).reply();
  }

  private static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  void should_queue_a_reference_while_the_desk_is_stopped_and_create_the_ticket_once_when_it_is_back()
      throws Exception {
    SwitchableDesk[] switchable = new SwitchableDesk[1];
    try (ChaosRig rig = ChaosRig.open(real -> switchable[0] = new SwitchableDesk(real))) {
      SwitchableDesk desk = switchable[0];
      var session = session(new ToolRegistry(rig.tools()));
      desk.stop();

      Reply reply = say(session, "I want a human");

      assertEquals(Outcome.TICKET, reply.outcome());
      assertTrue(reply.ticket().queued(), reply.toString());
      String ref = reply.ticket().id();
      assertTrue(reply.text().contains(ref), reply.text());
      assertEquals(new DrainResult(0, 1, 0), await(rig.outbox().drain(desk)), "still down: kept for later");
      assertTrue(rig.desk().recent(10).isEmpty());

      desk.start();
      assertEquals(new DrainResult(1, 0, 0), await(rig.outbox().drain(desk)));
      assertEquals(DrainResult.NONE, await(rig.outbox().drain(desk)));

      List<Ticket> tickets = rig.desk().recent(10);
      assertEquals(1, tickets.size(), "exactly one ticket");
      Ticket ticket = tickets.get(0);
      assertEquals("user:101", ticket.requesterSubject());
      assertTrue(ticket.body().contains("Why escalated: asked_for_human"), ticket.body());
      assertEquals(ticket.id(), rig.outbox().find(ref).orElseThrow().ticketId());
    }
  }

  @Test
  void should_offer_the_fallback_faq_when_chaos_makes_the_knowledge_base_time_out() {
    try (ChaosRig rig = ChaosRig.open()) {
      var tools = FaultyTool.wrap(rig.tools(), Map.of("read_kb", new ChaosSettings(1.0, 0, Duration.ZERO)));
      long start = System.nanoTime();

      Reply reply = say(session(new ToolRegistry(tools)), "How long does shipping take?");

      long tookMs = (System.nanoTime() - start) / 1_000_000;
      assertTrue(reply.text().contains("knowledge base is unavailable"), reply.text());
      assertTrue(reply.text().contains(ChaosRig.CONTACT), reply.text());
      assertTrue(reply.reasons().contains("kb_fallback"), reply.reasons().toString());
      assertTrue(tookMs < rig.tools().get(0).spec().timeout().toMillis() + 1000, "took " + tookMs + " ms");
    }
  }

  @Test
  void should_still_give_a_reference_when_chaos_makes_create_ticket_fail() {
    try (ChaosRig rig = ChaosRig.open()) {
      var tools = FaultyTool.wrap(rig.tools(), Map.of("create_ticket", new ChaosSettings(0, 1.0, Duration.ZERO)));

      Reply reply = say(session(new ToolRegistry(tools)), "I want to talk to a person");

      assertNotNull(reply.ticket(), reply.text());
      assertTrue(reply.ticket().queued());
      assertFalse(rig.outbox().find(reply.ticket().id()).isEmpty());
      assertTrue(rig.desk().recent(10).isEmpty(), "the faulty desk made no ticket");
    }
  }
}
