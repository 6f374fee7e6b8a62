package com.shopagent.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {

  @Test
  void should_print_the_redacted_text_of_stdin() {
    CliRun r = CliRun.run("Hi, I'm jane@example.com, card 4111 1111 1111 1111, where is order 00123842?\n", "redact");
    assertEquals(0, r.exit());
    assertEquals("Hi, I'm <EMAIL_1>, card <CARD_1>, where is order 00123842?\n", r.out());
  }

  @Test
  void should_print_spans_with_code_point_offsets_when_asked_for_json() throws Exception {
    // the emoji is two UTF-16 units but one code point, as Presidio (Python) counts
    CliRun r = CliRun.run("🙂 call +44 20 7946 0958", "redact", "--json");
    JsonNode spans = Json.MAPPER.readTree(r.out());
    assertEquals(1, spans.size());
    assertEquals("PHONE_NUMBER", spans.get(0).get("entity_type").asText());
    assertEquals(7, spans.get(0).get("start").asInt());
    assertEquals(23, spans.get(0).get("end").asInt());
  }

  @Test
  void should_redact_each_jsonl_line_as_its_own_conversation(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        "{\"id\":\"a\",\"text\":\"IBAN DE89 3704 0044 0532 0130 00 please\"}",
        "",
        "{\"id\":\"b\",\"text\":\"ship to 742 Evergreen Terrace, Springfield, OR 97475\"}"));
    CliRun r = CliRun.run("", "redact", "--jsonl", in.toString());
    List<JsonNode> lines = r.out().lines().map(RedactCommandTest::json).toList();
    assertEquals(2, lines.size());
    assertEquals("IBAN <IBAN_1> please", lines.get(0).get("text").asText());
    assertEquals("IBAN_CODE", lines.get(0).get("spans").get(0).get("entity_type").asText());
    assertEquals("b", lines.get(1).get("id").asText());
    assertEquals("ship to <ADDRESS_1>", lines.get(1).get("text").asText());
  }

  @Test
  void should_refuse_unreadable_input_with_a_message_and_no_stack_trace(@TempDir Path dir) throws Exception {
    CliRun missing = CliRun.run("", "redact", "--jsonl", dir.resolve("nope.jsonl").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("cannot read"), missing.err());
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\"}\n");
    CliRun noText = CliRun.run("", "redact", "--jsonl", bad.toString());
    assertEquals(2, noText.exit());
    assertTrue(noText.err().contains("line 2"), noText.err());
    assertFalse(noText.err().contains("Exception"), noText.err());
  }

  static JsonNode json(String line) {
    try {
      return Json.MAPPER.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
