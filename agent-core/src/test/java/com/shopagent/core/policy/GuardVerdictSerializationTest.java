package com.shopagent.core.policy;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.SerializationTestKit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A verdict can ride in a journaled event or an audit record: it goes through Akka's real serializer. */
class GuardVerdictSerializationTest {
  static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  @Test
  void should_survive_the_journal_serializer() {
    var serialization = new SerializationTestKit(testKit.system());
    serialization.verifySerialization(GuardVerdict.ALLOW, true);
    serialization.verifySerialization(GuardVerdict.of(List.of("prompt_injection", "jailbreak")), true);
    serialization.verifySerialization(GuardVerdict.of(List.of("learned_attack"), "learned", 0.97), true);
    serialization.verifySerialization(GuardVerdict.of(List.of(), null, 0.12), true);
  }
}
