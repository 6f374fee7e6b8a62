package com.shopagent.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import akka.persistence.testkit.PersistenceTestKitPlugin;
import akka.persistence.testkit.PersistenceTestKitSnapshotPlugin;
import akka.persistence.testkit.javadsl.PersistenceTestKit;
import com.shopagent.core.brain.Brain;
import com.shopagent.core.brain.BrainStep;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Outcome;
import java.util.concurrent.CompletableFuture;
import com.shopagent.core.model.Identity;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.tooling.ToolRegistry;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Security review findings 2 and 4 at the entity: guessed session ids and client_message_id. */
class SessionAbuseTest {
  static final ActorTestKit testKit = ActorTestKit.create(
      ConfigFactory.parseString("akka.actor.serialize-messages = on")
          .withFallback(PersistenceTestKitPlugin.getInstance().config())
          .withFallback(PersistenceTestKitSnapshotPlugin.config())
          .withFallback(ConfigFactory.load("application-test")));
  static final PersistenceTestKit journal = PersistenceTestKit.create(testKit.system());
  static final Hashing hashing = new Hashing("test-secret");
  static final Identity guest = Identity.guest("mallory");

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  private static ActorRef<SessionActor.Command> session(String id) {
    // a canned answer: what is under test is the entity's gate, not the brain (and no model to load)
    Brain canned = ctx -> CompletableFuture.completedFuture(new BrainStep.Respond(new Reply("Three to five days.",
        List.of(), Outcome.ANSWERED, false, null, "faq", 0.9, List.of())));
    var deps = new SessionDeps(canned, new ToolRegistry(List.of()),
        new Redactor(hashing), hashing, SessionSettings.defaults(), List.of("support@shop.example"));
    return testKit.spawn(SessionActor.create(id, deps));
  }

  private static SessionActor.TurnResult say(ActorRef<SessionActor.Command> session, String clientMessageId) {
    TestProbe<SessionActor.TurnResult> probe = testKit.createTestProbe();
    session.tell(new SessionActor.Say(guest, "How long does shipping take?", clientMessageId, probe.getRef()));
    return probe.receiveMessage(Duration.ofSeconds(10));
  }

  @Test
  void should_refuse_a_65_character_or_formatted_client_message_id_and_journal_nothing() {
    String id = "s-" + UUID.randomUUID();
    var session = session(id);
    for (String bad : List.of("a".repeat(65), "jane@example.com", "+1-503-555-0142", "4111 1111 1111 1111")) {
      var refused = assertInstanceOf(SessionActor.Refused.class, say(session, bad), bad);
      assertEquals("bad_client_message_id", refused.code());
    }
    assertTrue(journal.persistedInStorage("Session|" + id).isEmpty(), "nothing of the turn may be journaled");
  }

  @Test
  void should_journal_digits_that_read_as_a_card_or_phone_only_as_a_keyed_pseudonym() {
    String id = "s-" + UUID.randomUUID();
    var session = session(id);
    String card = "c-4111111111111111";
    var first = assertInstanceOf(SessionActor.Replied.class, say(session, card));
    var repeat = assertInstanceOf(SessionActor.Replied.class, say(session, card));
    assertEquals(first.turnId(), repeat.turnId(), "a repeated id still compares equal: the first reply, no new turn");
    assertInstanceOf(SessionActor.Replied.class, say(session, "w-3-" + Long.toString(1_764_770_000_000L, 36)));
    var stored = journal.persistedInStorage("Session|" + id).stream()
        .filter(e -> e instanceof SessionEvent.TurnRecorded).map(e -> ((SessionEvent.TurnRecorded) e).clientMessageId())
        .toList();
    assertEquals(2, stored.size());
    assertTrue(stored.get(0).startsWith("c-#") && !stored.get(0).contains("4111"), stored.get(0));
    assertEquals("w-3-" + Long.toString(1_764_770_000_000L, 36), stored.get(1), "an ordinary id is kept as sent");
  }

  @Test
  void should_stop_at_once_after_answering_not_found_for_a_guessed_id() {
    var session = session("s-" + UUID.randomUUID());
    TestProbe<SessionActor.OpenResult> probe = testKit.createTestProbe();
    session.tell(new SessionActor.Open(guest, false, probe.getRef()));
    assertEquals("not_found", assertInstanceOf(SessionActor.Refused.class, probe.receiveMessage(Duration.ofSeconds(15))).code());
    probe.expectTerminated(session, Duration.ofSeconds(3));
  }

  @Test
  void should_keep_a_real_session_alive_when_its_owner_resumes_it() {
    var session = session("s-" + UUID.randomUUID());
    TestProbe<SessionActor.OpenResult> probe = testKit.createTestProbe();
    session.tell(new SessionActor.Open(guest, true, probe.getRef()));
    assertFalse(assertInstanceOf(SessionActor.Opened.class, probe.receiveMessage(Duration.ofSeconds(15))).resumed());
    session.tell(new SessionActor.Open(guest, false, probe.getRef()));
    assertTrue(assertInstanceOf(SessionActor.Opened.class, probe.receiveMessage(Duration.ofSeconds(15))).resumed());
  }
}
