package com.shopagent.core.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Identity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** What reaches a tool: every request is checked for tool, scope, schema and dangerous input first. */
class ToolRegistryTest {
  private static final String SCHEMA = """
      {"type":"object","properties":{
        "query":{"type":"string","minLength":1,"maxLength":50},
        "top_k":{"type":"integer","minimum":1,"maximum":10}},
       "required":["query"],"additionalProperties":false}""";
  private final ToolRegistry registry = new ToolRegistry(List.of(new Tool() {
    public ToolSpec spec() {
      return new ToolSpec("read_kb", "search", Identity.READ_KB, Duration.ofSeconds(1), 1, Duration.ZERO, SCHEMA);
    }

    public CompletionStage<ToolOutput> execute(ToolRequest r, ToolContext c) {
      throw new AssertionError("never runs in this test");
    }

    public CompletionStage<ToolOutput> fallback(ToolRequest r, ToolContext c, String f) {
      throw new AssertionError("never runs in this test");
    }
  }));
  private final Identity guest = Identity.guest("g");

  private String refusal(String tool, Map<String, String> args, Identity who) {
    return registry.refusal(new ToolRequest("r1", tool, args), who).orElse("");
  }

  @Test
  void should_let_a_well_formed_request_through() {
    assertEquals("", refusal("read_kb", Map.of("query", "shipping", "top_k", "5"), guest));
  }

  @Test
  void should_refuse_unknown_tools_missing_scopes_and_schema_violations() {
    assertEquals("unknown tool: delete_everything", refusal("delete_everything", Map.of(), guest));
    assertEquals("missing scope support.read_kb", refusal("read_kb", Map.of("query", "x"),
        new Identity("guest:x", java.util.Set.of())));
    assertTrue(refusal("read_kb", Map.of("query", "x", "top_k", "lots"), guest).contains("integer"));
    assertTrue(refusal("read_kb", Map.of("query", "x", "top_k", "99"), guest).contains("maximum"));
    assertTrue(refusal("read_kb", Map.of("top_k", "3"), guest).contains("query"));
    assertTrue(refusal("read_kb", Map.of("query", "x", "customer_id", "102"), guest).contains("customer_id"));
  }

  @Test
  void should_refuse_sql_and_secrets_in_arguments() {
    assertTrue(refusal("read_kb", Map.of("query", "x' OR '1'='1"), guest).contains("SQL"));
    assertTrue(refusal("read_kb", Map.of("query", "sk-abcdefghijklmnopqrstu"), guest).contains("secret"));
  }
}
