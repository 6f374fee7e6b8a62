package com.shopagent.http.eval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.http.AgentSettings;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.suite.CaseResult;
import com.shopagent.http.eval.suite.EvalAgent;
import com.shopagent.http.eval.suite.Suite;
import com.shopagent.http.eval.suite.SuiteFile;
import com.shopagent.http.eval.suite.SuiteRunner;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real sessions journal (sealed) into H2; the journal source decrypts and maps them like the
 * audit projection would, and a drafted case from it loads as a suite and passes again.
 */
class JournalRoundTripTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path scratch;

  @Test
  void should_read_the_journal_back_as_audited_conversations_and_draft_a_case_that_passes_again() throws Exception {
    EscalationPolicy policy = EscalationPolicy.load(HOME.resolve("config/policies.yaml"));
    Suite suite = new Suite("journal", List.of(new Suite.Case("two-turns", "guest", null,
        List.of("How long does shipping take?", "I want to talk to a person please"), null, false, null)));
    List<CaseResult> ran;
    try (EvalAgent agent = EvalAgent.start(ConfigFactory.load(), HOME, scratch, policy)) {
      ran = new SuiteRunner(agent, HOME.resolve("config/demo/orders/orders.json"), 1).run(List.of(suite), (a, b) -> {});
    }
    Config config = ConfigFactory.parseMap(Map.of("shop-agent.data-dir", scratch.toString(), "shop-agent.database.url", ""))
        .withFallback(ConfigFactory.load()).resolve();

    AuditTrail trail = new AuditTrail(session -> true);
    new JournalAuditSource(config, AgentSettings.from(config, HOME)).read(Instant.EPOCH, trail, (a, b) -> {});
    List<Conversation> read = trail.conversations();

    assertEquals(1, read.size());
    Conversation c = read.get(0);
    assertEquals(ran.get(0).turns().stream().map(CaseResult.TurnRecord::turnId).toList(),
        c.turns().stream().map(Conversation.Turn::turnId).toList());
    assertTrue(c.turns().get(0).citations().contains("/docs/shipping"), c.turns().get(0).toString());
    assertTrue(c.turns().get(1).escalated() && c.turns().get(1).ticketId() != null, c.turns().get(1).toString());

    Path drafted = scratch.resolve("drafted.yaml");
    CaseDraft.appendTo(drafted, CaseDraft.draft(c, c.turns().get(1).turnId(), "guest", "from-journal"));
    Suite again = SuiteFile.load(drafted);
    Suite.Expect e = again.cases().get(0).expect();
    assertEquals(Boolean.TRUE, e.escalate());
    assertEquals(2, again.cases().get(0).turns().size());
    assertTrue(e.toolsCalled().stream().anyMatch(t -> t.tool().equals("create_ticket")), e.toString());
    try (EvalAgent agent = EvalAgent.start(ConfigFactory.load(), HOME, scratch.resolve("again"), policy)) {
      var replay = new SuiteRunner(agent, HOME.resolve("config/demo/orders/orders.json"), 1).run(List.of(again), (a, b) -> {});
      assertTrue(replay.get(0).passed(), replay.get(0).failures().toString());
    }
  }

  @Test
  void should_keep_a_suites_comments_when_appending_and_refuse_a_case_that_breaks_it() throws Exception {
    Path file = scratch.resolve("mine.yaml");
    String original = "# my own suite, hand-written\nsuite: mine\ncases:\n  - id: a\n    turns: [\"hi\"]\n";
    Files.writeString(file, original);
    String draft = "# drafted\n- id: b\n  turns:\n  - hello again\n  gate: false\n";

    CaseDraft.appendTo(file, draft);

    assertTrue(Files.readString(file).startsWith(original));
    assertEquals(List.of("a", "b"), SuiteFile.load(file).cases().stream().map(Suite.Case::id).toList());
    String before = Files.readString(file);
    assertThrows(BadInput.class, () -> CaseDraft.appendTo(file, "- id: a\n  turns: [\"dup\"]\n"));
    assertEquals(before, Files.readString(file), "a draft that breaks the suite leaves it as it was");
  }
}
