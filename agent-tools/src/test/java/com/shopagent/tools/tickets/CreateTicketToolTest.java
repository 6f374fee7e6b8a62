package com.shopagent.tools.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tool's own rules; its desk and outbox paths are in the contract tests. */
class CreateTicketToolTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
  private final FakeDesks.Down desk = new FakeDesks.Down();
  private final TicketOutbox outbox;
  private final CreateTicketTool tool;

  CreateTicketToolTest() {
    db.migrate(JdbcTicketDesk.MIGRATIONS);
    outbox = new TicketOutbox(db, executor, "http://localhost:8080");
    tool = new CreateTicketTool(desk, outbox, "help@shop.example");
  }

  @AfterEach
  void close() {
    executor.shutdownNow();
    db.close();
  }

  @Test
  void should_describe_itself_to_the_orchestrator() throws Exception {
    ToolSpec spec = tool.spec();

    assertEquals("create_ticket", spec.name());
    assertEquals(Identity.TICKETS_CREATE, spec.requiredScope());
    assertEquals(Duration.ofSeconds(5), spec.timeout());
    assertEquals(2, spec.attempts());
    assertEquals(Duration.ofMillis(300), spec.backoff());
    JsonNode schema = new ObjectMapper().readTree(spec.jsonSchema());
    assertEquals(200, schema.at("/properties/subject/maxLength").asInt());
    assertEquals(8000, schema.at("/properties/body/maxLength").asInt());
    assertEquals(List.of("human", "complaint", "refund", "general"),
        new ObjectMapper().convertValue(schema.at("/properties/category/enum"), List.class));
    assertEquals(4, schema.at("/properties/priority/enum").size());
    assertEquals("[\"subject\",\"body\",\"category\"]", schema.get("required").toString());
  }

  @Test
  void should_fail_and_queue_nothing_when_the_arguments_are_invalid() {
    ToolRequest bad = request(Map.of("subject", "Help", "body", "Broken", "category", "shipping"));

    Throwable failure = tool.execute(bad, context(Identity.guest("g"))).toCompletableFuture()
        .handle((ok, error) -> error).join();
    ToolOutput fallback = tool.fallback(bad, context(Identity.guest("g")), "invalid").toCompletableFuture().join();

    assertInstanceOf(IllegalArgumentException.class, failure);
    String text = assertInstanceOf(ToolOutput.Text.class, fallback).text();
    assertTrue(text.contains("category") && text.contains("help@shop.example"), text);
    assertEquals(0, desk.calls.get());
  }

  @Test
  void should_not_queue_for_a_caller_without_the_scope() {
    Identity noTickets = new Identity("user:7", Set.of(Identity.READ_KB));
    ToolRequest ok = request(Map.of("subject", "Help", "body", "Broken", "category", "human"));

    ToolOutput fallback = tool.fallback(ok, context(noTickets), "forbidden").toCompletableFuture().join();

    assertInstanceOf(ToolOutput.Text.class, fallback);
    assertEquals(0, desk.calls.get());
  }

  @Test
  void should_queue_with_the_callers_identity_when_the_desk_is_down() {
    ToolRequest ok = request(Map.of("subject", " Help ", "body", "Broken", "category", "human", "priority", "urgent"));

    ToolOutput output = tool.fallback(ok, context(Identity.guest("g")), "desk down").toCompletableFuture().join();

    var ref = assertInstanceOf(ToolOutput.TicketCreated.class, output).ticket();
    assertTrue(ref.queued());
    assertEquals("http://localhost:8080/v1/tickets/" + ref.id(), ref.url());
    QueuedTicket queued = outbox.find(ref.id()).orElseThrow();
    assertTrue(queued.requestedBy("guest:g"));
  }

  @Test
  void should_scope_the_call_key_by_session_and_hash_it_when_long() {
    assertEquals("session-1/call-1", TicketArguments.idempotencyKey(context(Identity.guest("g"))));

    String longKey = TicketArguments.idempotencyKey(
        new ToolContext("s".repeat(150), "turn-1", Identity.guest("g"), "k".repeat(100)));

    assertTrue(longKey.matches("sha256:[0-9a-f]{64}"), longKey);
  }

  private static ToolRequest request(Map<String, String> args) {
    return new ToolRequest("req-1", CreateTicketTool.NAME, args);
  }

  private static ToolContext context(Identity identity) {
    return new ToolContext("session-1", "turn-1", identity, "call-1");
  }
}
