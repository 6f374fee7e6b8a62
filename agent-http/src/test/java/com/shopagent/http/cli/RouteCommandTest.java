package com.shopagent.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code agent route} and {@code agent route-eval} in-process, with the real router and policy. */
class RouteCommandTest {
  private record Run(int code, String out, String err) {
    List<JsonNode> lines() throws Exception {
      List<JsonNode> nodes = new java.util.ArrayList<>();
      for (String l : out.strip().split("\n")) {
        nodes.add(Json.MAPPER.readTree(l));
      }
      return nodes;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new AgentCli());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RouteCommandTest.class.getResource("/route/" + name).toURI());
  }

  @Test
  void should_print_intent_tier_confidence_escalation_and_reasons_for_a_message() throws Exception {
    Run r = run("route", "I typed the wrong address on order #10283, please change it");
    assertEquals(0, r.code(), r.err());
    JsonNode j = r.lines().get(0);
    assertEquals("order_change", j.path("intent").asText());
    assertEquals("high", j.path("risk_tier").asText());
    assertTrue(j.path("escalate").asBoolean());
    assertEquals("order_change_out_of_scope", j.path("reasons").get(0).asText());
    assertTrue(j.path("confidence").asDouble() > 0.5, j.toString());
    assertFalse(r.out().contains("10283"), "the message is not echoed: " + r.out());
  }

  @Test
  void should_route_every_line_of_a_jsonl_file_and_keep_its_id() throws Exception {
    Run r = run("route", "--jsonl", resource("messages.jsonl").toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> lines = r.lines();
    assertEquals(List.of("a", "b"), lines.stream().map(j -> j.path("id").asText()).toList());
    assertEquals("faq", lines.get(0).path("intent").asText());
    assertFalse(lines.get(0).path("escalate").asBoolean());
    assertTrue(lines.get(1).path("escalate").asBoolean());
  }

  @Test
  void should_score_a_bitext_format_csv_by_tier() throws Exception {
    Run r = run("route-eval", "--bitext", resource("bitext-format-sample.csv").toString(), "--show-misses", "5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("low") && r.out().contains("high"), r.out());
    String all = r.out().lines().filter(l -> l.startsWith("all")).findFirst().orElseThrow();
    assertTrue(all.matches("all\\s+4\\s+100\\.0%\\s+2\\s+0 \\(\\s*0\\.00%\\)\\s+2\\s+0 \\(\\s*0\\.0%\\)"), all);
  }

  @Test
  void should_miss_no_must_row_of_our_own_labelled_set() {
    Run r = run("route-eval", "--jsonl", Path.of("..", "config", "eval", "route-labelled.jsonl").toString(),
        "--show-misses", "200");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("MISSED"), r.out());
    String all = r.out().lines().filter(l -> l.startsWith("all")).findFirst().orElseThrow();
    int rows = Integer.parseInt(all.split("\\s+")[1]);
    assertTrue(rows >= 150, all);
  }

  @Test
  void should_refuse_bad_input_with_a_plain_message_and_exit_code_2(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.jsonl");
    Files.writeString(broken, "{\"id\": 1, \"text\": \"ok\"}\n{not json\n");
    Path unknown = dir.resolve("unknown.csv");
    Files.writeString(unknown, "utterance,intent\nhello,teleport_me\n");
    List<List<String>> cases = List.of(
        List.of("route"),
        List.of("route", "hi", "--jsonl", broken.toString()),
        List.of("route", "--jsonl", dir.resolve("missing.jsonl").toString()),
        List.of("route", "--jsonl", broken.toString()),
        List.of("route-eval", "--bitext", unknown.toString()),
        List.of("route-eval"),
        List.of("route", "hi", "--policy", dir.resolve("nope.yaml").toString()));
    List<String> expected = List.of("Give either", "Give either", "No such file", "line 2", "teleport_me",
        "Give exactly one", "No policy file");
    for (int i = 0; i < cases.size(); i++) {
      Run r = run(cases.get(i).toArray(String[]::new));
      assertEquals(2, r.code(), cases.get(i) + ": " + r.err());
      assertTrue(r.err().contains(expected.get(i)), cases.get(i) + ": " + r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
  }
}
