package com.shopagent.http.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.http.auth.ShopTokenSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From real traffic back to tests: customers chat with the packaged demo agent, then the support
 * lead runs `agent eval batch` over its audit trail (Kafka, then the journal once the agent is
 * stopped) and `agent eval export` to turn a conversation into a suite case that passes again.
 */
class AuditEvalEndToEndIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMAIL = "jane.doe@example.com";
  private static final String SECRET = "e2e-shop-secret-0123456789abcdef0123";

  @TempDir
  Path data;

  @TempDir
  Path work;

  @Test
  void should_score_the_demo_servers_audit_trail_and_export_a_turn_as_a_suite_case() throws Exception {
    Map<String, String> env = Map.of("AGENT_DATA_DIR", data.toString(), "AGENT_SHOP_TOKEN_SECRET", SECRET);
    String handoffTurn;
    JsonNode kafkaReport;
    try (ServerProcess server = ServerProcess.start(data, Map.of("AGENT_SHOP_TOKEN_SECRET", SECRET))) {
      try (WsClient guest = new WsClient(server.wsUrl())) {
        guest.ask(Frames.guestHello());
        assertEquals("reply", guest.ask(Frames.message("How long does shipping take?")).path("type").asText());
        JsonNode handoff = guest.ask(Frames.message("I'm " + EMAIL + ". I want to talk to a human"));
        assertTrue(handoff.path("escalated").asBoolean(), handoff.toString());
      }
      try (WsClient customer = new WsClient(server.wsUrl())) {
        customer.ask(Frames.hello(new ShopTokenSigner(SECRET, "demo-shop", "shop-agent").customer(101)));
        assertTrue(customer.ask(Frames.message("Where is my order 10283?")).path("text").asText().contains("0283"));
      }
      try (WsClient other = new WsClient(server.wsUrl())) {
        other.ask(Frames.guestHello());
        other.ask(Frames.message("What is your return policy?"));
      }
      AuditTopic.readUntil(server.kafkaBootstrap(), "agent.audit.v1",
          seen -> seen.stream().filter(r -> r.json().path("event_type").asText().equals("turn.replied")).count() >= 4,
          Duration.ofSeconds(60));

      AgentCommand batch = AgentCommand.run(work, env, "eval", "batch", "--from", "kafka", "--since", "1h",
          "--sample", "100", "--seed", "11", "--out", work.resolve("kafka-report").toString());
      assertEquals(0, batch.exit(), batch.toString());
      assertTrue(batch.err().contains("conversations") && batch.err().contains("records"), "progress: " + batch.err());
      assertTrue(batch.out().contains("missed escalations"), batch.out());
      kafkaReport = JSON.readTree(work.resolve("kafka-report/report.json").toFile());
      assertEquals(3, kafkaReport.path("metrics").path("cases").asInt(), kafkaReport.toString());
      JsonNode high = kafkaReport.path("metrics").path("tiers").path("high");
      assertTrue(high.path("mustEscalate").asInt() >= 1 && high.path("missed").asInt() == 0, high.toString());
      String report = JSON.writeValueAsString(kafkaReport) + Files.readString(work.resolve("kafka-report/report.html"));
      assertFalse(report.contains(EMAIL), "the report holds only the redacted trail");
      assertTrue(report.contains("&lt;EMAIL_1&gt;") || report.contains("<EMAIL_1>"), "redacted text is kept as tokens");
      assertTrue(Files.readString(work.resolve("kafka-report/report.html")).contains("<svg"), "per-tier chart");
      handoffTurn = turnThatSaid(kafkaReport, "I want to talk to a human");

      Path suite = work.resolve("from-traffic.yaml");
      AgentCommand export = AgentCommand.run(work, env, "eval", "export", "--turn", handoffTurn, "--out", suite.toString());
      assertEquals(0, export.exit(), export.toString());
      String orderTurn = turnThatSaid(kafkaReport, "Where is my order 10283?");
      assertEquals(0, AgentCommand.run(work, env, "eval", "export", "--turn", orderTurn, "--out", suite.toString()).exit());
      String drafted = Files.readString(suite);
      assertTrue(drafted.contains("escalate: true") && drafted.contains("create_ticket"), drafted);
      assertTrue(drafted.contains("user: \"101\"") && drafted.contains("order_id: ^10283$"), "the customer is known again: " + drafted);
      assertFalse(drafted.contains(EMAIL), drafted);

      AgentCommand missing = AgentCommand.run(work, env, "eval", "export", "--turn", "no-such-turn");
      assertEquals(2, missing.exit(), missing.toString());
      assertTrue(missing.err().contains("not found"), missing.err());

      AgentCommand replay = AgentCommand.run(work, env, "eval", suite.toString(), "--out", work.resolve("replay").toString());
      assertEquals(0, replay.exit(), "the drafted cases pass against the demo agent: " + replay);
      assertTrue(replay.out().contains("cases 2, passed 2"), replay.out());
    }

    AgentCommand journal = AgentCommand.run(work, env, "eval", "batch", "--from", "journal", "--since", "1h",
        "--seed", "11", "--out", work.resolve("journal-report").toString());
    assertEquals(0, journal.exit(), journal.toString());
    JsonNode journalReport = JSON.readTree(work.resolve("journal-report/report.json").toFile());
    assertEquals(caseIds(kafkaReport), caseIds(journalReport), "the journal and the topic tell the same conversations");
  }

  private static String turnThatSaid(JsonNode report, String text) {
    for (JsonNode c : report.path("cases")) {
      for (JsonNode t : c.path("turns")) {
        if (t.path("said").asText().contains(text)) {
          return t.path("turnId").asText();
        }
      }
    }
    throw new AssertionError("no turn said " + text + " in " + report);
  }

  private static Set<String> caseIds(JsonNode report) {
    Set<String> ids = new TreeSet<>();
    report.path("cases").forEach(c -> ids.add(c.path("id").asText()));
    return ids;
  }
}
