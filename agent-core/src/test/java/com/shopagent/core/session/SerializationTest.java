package com.shopagent.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.SerializationTestKit;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.policy.Signals;
import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every journaled event, snapshot state, command and reply goes through Akka's real serializer. */
class SerializationTest {
  static final ActorTestKit testKit = ActorTestKit.create();
  static final SerializationTestKit serialization = new SerializationTestKit(testKit.system());

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  static final Reply REPLY = new Reply("Ships in 3 days.", List.of(new Citation("/docs/shipping", "Shipping")),
      Outcome.TICKET, true, new TicketRef("T-000001", "http://x/v1/tickets/T-000001", false), "human", 0.9,
      List.of("asked_for_human"), "high",
      new Signals(0.95, 0.9, 1.0, 0.03, 0.01, 0.5, null, List.of("card_number")));

  static final SessionEvent.TurnRecorded TURN = new SessionEvent.TurnRecorded("s1", "t1", "u_ab", "c1",
      "mail <EMAIL_1>", Map.of("fp", "<EMAIL_1>"),
      List.of(
          new ToolOutcome("kb-1", "read_kb", Map.of("query", "shipping"), ToolOutcome.Status.OK,
              new ToolOutput.Passages(List.of(new Passage("text", "/docs/shipping", "Shipping", 0.1, true))), 1, 12, null),
          new ToolOutcome("t-1", "create_ticket", Map.of(), ToolOutcome.Status.FALLBACK,
              new ToolOutput.TicketCreated(new TicketRef("Q-1", "u", true)), 2, 900, "attempt timed out"),
          new ToolOutcome("x", "read_kb", Map.of(), ToolOutcome.Status.FALLBACK, new ToolOutput.Text("down"), 2, 3000, "e")),
      REPLY, Instant.now(), 42, Instant.now(), new com.shopagent.core.brain.Usage("gpt-4.1-mini", 812, 64), 0.000427, "chat");

  @Test
  void events_and_state_survive_the_journal_serializer() {
    serialization.verifySerialization(new SessionEvent.Opened("s1", "u_ab", Instant.now()), true);
    serialization.verifySerialization(TURN, true);
    SessionState state = SessionState.EMPTY.apply(new SessionEvent.Opened("s1", "u_ab", Instant.now())).apply(TURN);
    serialization.verifySerialization(state, true);
    serialization.verifySerialization(new PiiTokens(Map.of("a", "<PHONE_1>")), true);
  }

  @Test
  void commands_and_replies_survive_the_wire_serializer() {
    var probe = testKit.<SessionActor.TurnResult>createTestProbe();
    var openProbe = testKit.<SessionActor.OpenResult>createTestProbe();
    serialization.verifySerialization(new SessionActor.Say(Identity.guest("g"), "hi", "c1", probe.getRef()), true);
    serialization.verifySerialization(new SessionActor.Open(Identity.guest("g"), true, openProbe.getRef()), true);
    serialization.verifySerialization(new SessionActor.Replied("s1", "t1", REPLY, new com.shopagent.core.brain.Usage("gpt-4o-mini", 120, 40), 0.0001), true);
    serialization.verifySerialization(new SessionActor.Refused("not_your_session", "no"), true);
    serialization.verifySerialization(new SessionActor.Opened("s1", true, List.of(new Turn("t1", "q", "a",
        Outcome.ANSWERED, "faq", List.of(), null, Instant.now()))), true);
  }

  @Test
  void journaled_bytes_hold_no_transcript_text_in_the_clear() throws Exception {
    var serialization = akka.serialization.SerializationExtension.get(testKit.system().classicSystem());
    var serializer = serialization.findSerializerFor(TURN);
    assertEquals("EncryptingSerializer", serializer.getClass().getSimpleName());
    byte[] stored = serializer.toBinary(TURN);
    String raw = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
    for (String clear : List.of("Ships in 3 days", "mail <EMAIL_1>", "/docs/shipping", "asked_for_human")) {
      assertFalse(raw.contains(clear), "found in the stored bytes: " + clear);
    }
    assertEquals(TURN, serialization.deserialize(stored, serializer.identifier(),
        ((akka.serialization.SerializerWithStringManifest) serializer).manifest(TURN)).get());
  }

  @Test
  void a_rotated_key_ring_still_opens_old_data_and_seals_with_the_new_key() {
    String oldKey = com.shopagent.core.privacy.TextCipher.newRingEntry("k1");
    String newKey = com.shopagent.core.privacy.TextCipher.newRingEntry("k2");
    var before = com.shopagent.core.privacy.TextCipher.fromRing(oldKey);
    var after = com.shopagent.core.privacy.TextCipher.fromRing(newKey + "," + oldKey);
    String sealedEarlier = before.sealText("transcript");
    assertEquals("transcript", after.openText(sealedEarlier));
    assertThrows(IllegalStateException.class, () -> before.openText(after.sealText("new")));
  }

  @Test
  void replies_journaled_before_tiers_and_signals_existed_still_replay() throws Exception {
    var cbor = akka.serialization.jackson.JacksonObjectMapperProvider.get(testKit.system())
        .getOrCreate("jackson-cbor", java.util.Optional.empty());
    byte[] old = cbor.writeValueAsBytes(Map.of("text", "Hi", "citations", List.of(), "outcome", "ANSWERED",
        "escalated", false, "intent", "greeting", "confidence", 0.9, "reasons", List.of()));
    Reply replayed = cbor.readValue(old, Reply.class);
    assertEquals("unknown", replayed.riskTier());
    assertEquals(Signals.NONE, replayed.signals());
    serialization.verifySerialization(new Reply("Hi", List.of(), Outcome.ANSWERED, false, null, "greeting", 0.9,
        List.of()), true);
  }
}
