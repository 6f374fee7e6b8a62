package com.shopagent.http.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole spine as a customer, a support lead, an analyst and an SRE see it: a real server
 * process with its embedded Kafka broker, a real WebSocket client, the audit topic, the metrics
 * endpoint, and a crash and restart in the middle.
 */
class ChatEndToEndIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EMAIL = "jane.doe@example.com";
  private static final String PHONE = "+1 503 555 0142";
  private static final String CARD = "4111 1111 1111 1111";
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path data;

  @Test
  void should_serve_chat_audit_and_metrics_and_remember_the_session_after_a_crash() throws Exception {
    String sessionId;
    String token;
    String ticketId;
    try (ServerProcess server = ServerProcess.start(data, Map.of())) {
      try (WsClient ws = new WsClient(server.wsUrl())) {
        JsonNode welcome = ws.ask(Frames.guestHello());
        assertEquals("welcome", welcome.path("type").asText(), welcome.toString());
        sessionId = welcome.path("session_id").asText();

        JsonNode answer = ws.ask(Frames.message("How long does shipping take?"));
        assertEquals("reply", answer.path("type").asText(), answer.toString());
        assertTrue(answer.path("citations").size() >= 1, answer.toString());
        assertTrue(urls(answer).stream().anyMatch(u -> u.contains("/docs/shipping")), answer.toString());
        assertFalse(answer.path("escalated").asBoolean());

        JsonNode handoff = ws.ask(Frames.message("I'm " + EMAIL + ", call me on " + PHONE + ", my card is " + CARD
            + ". I want to talk to a human"));
        assertTrue(handoff.path("escalated").asBoolean(), handoff.toString());
        ticketId = handoff.path("ticket").path("id").asText();
        assertTrue(ticketId.startsWith("T-"), handoff.toString());
        token = handoff.path("token").asText();

        assertBadInputIsRefusedAndTheConnectionStaysUsable(ws);
      }

      JsonNode ticket = getJson(server.baseUrl() + "/v1/tickets/" + ticketId, token, 200);
      assertEquals(ticketId, ticket.path("id").asText());
      assertFalse(ticket.toString().contains(EMAIL) || ticket.toString().contains("555 0142"), ticket.toString());
      assertTrue(ticket.path("body").asText().contains("<EMAIL_1>"), ticket.toString());
      getJson(server.baseUrl() + "/v1/tickets/" + ticketId, "not-a-token", 401);

      var audit = AuditTopic.readUntil(server.kafkaBootstrap(), "agent.audit.v1",
          seen -> seen.stream().filter(r -> r.json().path("event_type").asText().equals("turn.replied")).count() >= 3,
          Duration.ofSeconds(60));
      assertAuditIsCompleteAndClean(audit, sessionId);

      assertFalse(server.log().contains(EMAIL) || server.log().contains("555 0142"), "no PII in the agent's log");
      String metrics = awaitMetrics(server.baseUrl());
      assertTrue(metrics.contains("tool=\"read_kb\""), metrics);
      assertTrue(metrics.contains("tool=\"create_ticket\""), metrics);
      server.kill();
    }
    assertNoRawPiiInAnyStoredFile(data);

    try (ServerProcess revived = ServerProcess.start(data, Map.of());
        WsClient ws = new WsClient(revived.wsUrl())) {
      JsonNode welcome = ws.ask(Frames.resume(token, sessionId));
      assertEquals("welcome", welcome.path("type").asText(), welcome.toString());
      assertTrue(welcome.path("resumed").asBoolean());
      List<String> asked = StreamSupport.stream(welcome.path("history").spliterator(), false)
          .map(t -> t.path("user").asText()).toList();
      assertTrue(asked.contains("How long does shipping take?"), asked.toString());
      assertEquals(3, asked.size(), asked.toString());

      try (WsClient stranger = new WsClient(revived.wsUrl())) {
        JsonNode forged = stranger.ask(Frames.resume("not-a-token", sessionId));
        assertEquals("bad_token", forged.path("code").asText(), forged.toString());
        String otherToken = stranger.ask(Frames.guestHello()).path("token").asText();
        JsonNode hijack = stranger.ask(Frames.resume(otherToken, sessionId));
        assertEquals("not_your_session", hijack.path("code").asText(), hijack.toString());
      }
    }
  }

  private void assertAFloodFromOneIpIsThrottledWhileAnotherIpIsServed(ServerProcess server,
      com.shopagent.http.auth.ShopTokenSigner plugin) throws Exception {
    String body = MAPPER.createObjectNode().put("text", "Do you ship to Canada?").toString();
    HttpResponse<String> last = null;
    for (int i = 0; i < 40 && (last == null || last.statusCode() == 200); i++) {
      last = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/chat"))
          .header("Authorization", "Bearer " + plugin.customer(103)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
    assertEquals(429, last.statusCode(), last.body());
    assertEquals("rate_limited", MAPPER.readTree(last.body()).path("code").asText());
    assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElse("0")) > 0);
    String secondClient = RawHttp.post("127.0.0.2", server.baseUrl(), "/v1/chat", plugin.customer(104), body);
    assertTrue(secondClient.startsWith("HTTP/1.1 200"), "another client keeps being served: " + secondClient);
  }

  /** Everything the agent keeps on disk: journal, tickets, outbox, Kafka logs, index, secrets. */
  private static void assertNoRawPiiInAnyStoredFile(Path dataDir) throws Exception {
    List<String> raw = List.of(EMAIL, "555 0142", "5035550142", CARD, CARD.replace(" ", ""));
    try (var files = java.nio.file.Files.walk(dataDir)) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        String bytes = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String value : raw) {
          assertFalse(bytes.contains(value), value + " is stored in the clear in " + dataDir.relativize(f));
        }
      }
    }
  }

  private void assertBadInputIsRefusedAndTheConnectionStaysUsable(WsClient ws) throws Exception {
    assertEquals("bad_json", ws.ask("{not json").path("code").asText());
    assertEquals("unknown_type", ws.ask("{\"type\":\"shout\"}").path("code").asText());
    assertEquals("empty_message", ws.ask(Frames.message("   ")).path("code").asText());
    assertEquals("message_too_long", ws.ask(Frames.message("x".repeat(5000))).path("code").asText());
    JsonNode still = ws.ask(Frames.message("Do you ship to Canada?"));
    assertEquals("reply", still.path("type").asText(), still.toString());
  }

  private static void assertAuditIsCompleteAndClean(List<AuditTopic.Record> audit, String sessionId) {
    assertFalse(audit.isEmpty(), "no audit events");
    for (AuditTopic.Record r : audit) {
      assertFalse(r.raw().contains(EMAIL) || r.raw().contains("555 0142") || r.raw().contains("5035550142"), r.raw());
      assertEquals(1, r.json().path("schema_version").asInt());
      assertTrue(r.json().path("user_hash").asText().startsWith("u_"), r.raw());
      assertFalse(r.raw().contains("guest:"), "raw user ids must not reach the audit topic: " + r.raw());
    }
    var ours = audit.stream().filter(r -> sessionId.equals(r.key())).toList();
    var types = ours.stream().map(r -> r.json().path("event_type").asText()).toList();
    assertTrue(types.containsAll(List.of("turn.started", "tool.called", "tool.result", "escalation", "turn.replied")), types.toString());
    var outcomes = ours.stream().filter(r -> r.json().path("event_type").asText().equals("turn.replied"))
        .map(r -> r.json().path("outcome").asText()).toList();
    assertTrue(outcomes.contains("answered") && outcomes.contains("ticket"), outcomes.toString());
    assertTrue(ours.stream().anyMatch(r -> r.json().path("event_type").asText().equals("tool.result")
        && r.json().has("latency_ms")));
    assertTrue(ours.stream().anyMatch(r -> r.raw().contains("<EMAIL_1>")), "the redacted text is kept for analysts");
  }

  private String awaitMetrics(String baseUrl) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      if (body.lines().anyMatch(l -> l.startsWith("agent_turn_latency_seconds_count") && !l.endsWith(" 0.0"))) {
        return body;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("turn latency never showed up in /metrics:\n" + body);
  }

  private JsonNode getJson(String url, String bearer, int expectStatus) throws Exception {
    var resp = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(expectStatus, resp.statusCode(), resp.body());
    return MAPPER.readTree(resp.body());
  }

  private static List<String> urls(JsonNode reply) {
    return StreamSupport.stream(reply.path("citations").spliterator(), false).map(c -> c.path("url").asText()).toList();
  }

  @Test
  void should_let_only_the_shops_pages_and_the_shops_signed_in_customers_in() throws Exception {
    String secret = "e2e-shop-secret-0123456789abcdef0123";
    var env = Map.of("AGENT_ALLOWED_ORIGINS", "https://shop.example", "AGENT_SHOP_TOKEN_SECRET", secret,
        "AGENT_ALLOW_ANONYMOUS_GUESTS", "false", "AGENT_LIMIT_PER_IP", "12");
    var plugin = new com.shopagent.http.auth.ShopTokenSigner(secret, "demo-shop", "shop-agent");
    try (ServerProcess server = ServerProcess.start(data, env)) {
      var refused = assertThrows(java.util.concurrent.ExecutionException.class,
          () -> new WsClient(server.wsUrl(), "https://evil.example"));
      assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, refused.toString());
      try (WsClient ws = new WsClient(server.wsUrl(), "https://shop.example")) {
        assertEquals("not_authenticated", ws.ask(Frames.guestHello()).path("code").asText(),
            "anonymous guests are off: a visitor needs the plugin's token");
        assertEquals("bad_token", ws.ask(Frames.hello(
            new com.shopagent.http.auth.ShopTokenSigner("forged-secret-0123456789abcdef0123456", "demo-shop", "shop-agent")
                .customer(101))).path("code").asText());
        JsonNode welcome = ws.ask(Frames.hello(plugin.customer(101)));
        assertEquals("welcome", welcome.path("type").asText(), welcome.toString());
        JsonNode handoff = ws.ask(Frames.message("I want to talk to a human"));
        String ticket = handoff.path("ticket").path("id").asText();
        getJson(server.baseUrl() + "/v1/tickets/" + ticket, handoff.path("token").asText(), 200);
        String ownOrder = ws.ask(Frames.message("Where's order #10283?")).path("text").asText();
        assertTrue(ownOrder.contains("ending in 0283"), ownOrder);
        assertFalse(ownOrder.contains("10283"), "order numbers are masked to their last 4 digits: " + ownOrder);
        String othersOrder = ws.ask(Frames.message("Where's order #10237?")).path("text").asText();
        String unknownOrder = ws.ask(Frames.message("Where's order #99999?")).path("text").asText();
        assertEquals(othersOrder.replace("0237", "####"), unknownOrder.replace("9999", "####"),
            "another customer's order and an unknown order get the same answer");
        assertTrue(othersOrder.contains("ticket"), "the refusal offers a ticket: " + othersOrder);
        assertFalse(othersOrder.contains("Trailhead") || othersOrder.contains("daypack"), othersOrder);
        String otherCustomer = ws.ask(Frames.hello(plugin.customer(102))).path("token").asText();
        getJson(server.baseUrl() + "/v1/tickets/" + ticket, otherCustomer, 404);
      }
      var lookups = AuditTopic.readUntil(server.kafkaBootstrap(), "agent.audit.v1",
          seen -> seen.stream().filter(r -> r.raw().contains("get_order_status") && r.raw().contains("tool.result")).count() >= 3,
          Duration.ofSeconds(60)).stream()
          .filter(r -> r.json().path("event_type").asText().equals("tool.result")
              && r.json().path("tool").asText().equals("get_order_status")).toList();
      assertTrue(lookups.stream().anyMatch(r -> r.json().path("summary").asText().equals("order …0237: not_found_or_not_yours")),
          "the audit shows the authorization failure: " + lookups);
      lookups.forEach(r -> assertFalse(r.raw().contains("Trailhead") || r.raw().contains("Headwater"),
          "no order data in the audit: " + r.raw()));
      assertAFloodFromOneIpIsThrottledWhileAnotherIpIsServed(server, plugin);
    }
  }
}
