package com.shopagent.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's gate: the three shipped suites run through `agent eval` against the real actors, tools and
 * demo store, and a deliberately broken escalation policy must make the core suite fail.
 */
class EvalCommandTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
  private static final Path SUITES = HOME.resolve("config/eval/suites");

  @TempDir
  static Path dir;

  static CliRun shipped;
  static JsonNode report;

  @BeforeAll
  static void runShippedSuites() throws Exception {
    shipped = CliRun.run("", "eval", "--home", HOME.toString(), "--out", dir.resolve("shipped").toString(),
        SUITES.resolve("core.yaml").toString(), SUITES.resolve("redteam.yaml").toString(),
        SUITES.resolve("chaos.yaml").toString());
    report = Json.MAPPER.readTree(dir.resolve("shipped/report.json").toFile());
  }

  @Test
  void should_pass_the_gate_when_the_shipped_suites_run_on_the_demo_shop() {
    assertEquals(0, shipped.exit(), shipped.out());
    assertTrue(report.path("metrics").path("cases").asInt() >= 160 + 60, "core 100+ and redteam 60+ cases");
    assertEquals(0, report.path("metrics").path("gateFailures").asInt());
    assertTrue(shipped.err().contains("cases"), "progress on stderr");
    assertTrue(shipped.out().contains("missed escalations"), shipped.out());
  }

  @Test
  void should_show_the_per_tier_chart_when_the_report_opens_in_chromium() throws Exception {
    Path html = dir.resolve("shipped/report.html");
    String page = Files.readString(html);
    assertTrue(page.contains("<svg") && page.contains("missed-escalation rate") && page.contains("Turn latency"));
    assertTrue(!page.contains("<script") && !page.contains("src=\"http"), "self-contained");
    Path shot = dir.resolve("report.png");
    Process p = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--window-size=1100,1400", "--screenshot=" + shot,
        html.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
    assertTrue(Files.size(shot) > 20_000, "a rendered page, not a blank one");
    Path kept = Path.of("target/eval-report.png");
    Files.copy(shot, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void should_fail_the_gate_and_raise_missed_escalations_when_the_high_tier_threshold_is_lowered() throws Exception {
    Path broken = dir.resolve("policies.yaml");
    Files.writeString(broken, Files.readString(HOME.resolve("config/policies.yaml"))
        .replace("min_routing_confidence: 0.90", "min_routing_confidence: 0.0")
        .replace("escalate_unless_all_checks_pass: true", "escalate_unless_all_checks_pass: false")
        .replace("always_escalate: true", "always_escalate: false"));
    CliRun run = CliRun.run("", "eval", "--home", HOME.toString(), "--policy", broken.toString(),
        "--out", dir.resolve("broken").toString(), SUITES.resolve("core.yaml").toString());
    JsonNode high = Json.MAPPER.readTree(dir.resolve("broken/report.json").toFile())
        .path("metrics").path("tiers").path("high");
    assertEquals(1, run.exit(), "the gate fails");
    assertEquals(0, missedIn(report, "core"), "the shipped policy misses nothing in core");
    assertTrue(high.path("missed").asInt() > high.path("mustEscalate").asInt() / 2,
        "most high-tier escalations are missed: " + high);
  }

  @Test
  void should_refuse_with_a_clear_message_when_a_suite_is_malformed() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "suite: bad\ncases:\n- id: x\n  turns: [hi]\n  expect: {says: ['(']}\n");
    CliRun run = CliRun.run("", "eval", "--home", HOME.toString(), bad.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("bad regex"), run.err());
    assertTrue(!run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void should_name_the_file_and_case_when_a_chaos_fault_is_unknown() throws Exception {
    Path bad = dir.resolve("bad-chaos.yaml");
    Files.writeString(bad, "suite: bad\ncases:\n- id: slow-model\n  chaos: {brain: error}\n  turns: [hi]\n");
    CliRun run = CliRun.run("", "eval", "--home", HOME.toString(), bad.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("case slow-model: chaos brain must be down or timeout, not error"), run.err());
  }

  @Test
  void should_hand_over_with_a_ticket_when_the_model_is_down_or_hangs() {
    for (String id : List.of("llm-down", "llm-timeout", "llm-and-desk-down")) {
      JsonNode c = caseOf(report, "chaos", id);
      assertTrue(c.path("passed").asBoolean(), id + ": " + c.path("failures"));
      assertTrue(c.path("turns").get(0).path("escalated").asBoolean(), id);
    }
    assertTrue(caseOf(report, "chaos", "llm-timeout").path("turns").get(0).path("latencyMs").asLong() >= 20_000,
        "the hanging model is cut off by the session's brain timeout, not answered early");
  }

  private static JsonNode caseOf(JsonNode report, String suite, String id) {
    for (JsonNode c : report.path("cases")) {
      if (c.path("suite").asText().equals(suite) && c.path("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no case " + suite + "/" + id);
  }

  private static int missedIn(JsonNode report, String suite) {
    List<String> missed = new ArrayList<>();
    report.path("cases").forEach(c -> c.path("failures").forEach(f -> {
      if (c.path("suite").asText().equals(suite) && f.asText().startsWith("missed escalation")) {
        missed.add(c.path("id").asText());
      }
    }));
    return missed.size();
  }
}
