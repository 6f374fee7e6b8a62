package com.shopagent.http.e2e;

import static com.shopagent.http.e2e.OpenAiStandIn.hasToolResults;
import static com.shopagent.http.e2e.OpenAiStandIn.lastUserText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.http.auth.ShopTokenSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an SRE would see: Debian's real Prometheus scrapes the packaged agent (LLM brain against a
 * local stand-in, read_kb forced to fail by the chaos switch) with our alert rules. After scripted
 * traffic (one customer asking for other people's orders, questions that need the failing tool,
 * a model outage while writing the answer) the matching alerts are pending or firing in
 * Prometheus's API, and every expression of every dashboard panel evaluates without error and
 * with data. The agent logs in the JSON format: only JSON events on stderr, no warning on a
 * healthy start but the chaos switch's own, and the injected faults carry session and turn ids
 * as fields.
 */
class MonitoringEndToEndIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SHOP_SECRET = "monitoring-e2e-shop-secret-0123456789";
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path data;

  @TempDir
  Path prometheusDir;

  /** The model: looks orders up and reads the knowledge base, then writes; "outage" breaks the writing. */
  private static OpenAiStandIn.Answer model(JsonNode request) {
    String user = lastUserText(request);
    boolean finalize = hasToolResults(request);
    if (user.contains("order 1")) {
      String id = user.replaceAll(".*order (\\d+).*", "$1");
      return finalize ? OpenAiStandIn.text(String.join("\n", OpenAiStandIn.toolResults(request)))
          : OpenAiStandIn.toolCalls("get_order_status", "{\"order_id\":\"" + id + "\"}");
    }
    if (!finalize) {
      return OpenAiStandIn.toolCalls("read_kb", "{\"query\":\"" + user.replace("\"", "") + "\"}");
    }
    return user.contains("outage") ? OpenAiStandIn.serverError()
        : OpenAiStandIn.text("Standard shipping within the US takes 3-7 business days.");
  }

  @Test
  void should_raise_the_matching_alerts_and_fill_every_dashboard_panel() throws Exception {
    Assumptions.assumeTrue(PrometheusServer.installed(), "Debian's prometheus package is not installed (bin/provision)");
    Path repo = ServerProcess.repoRoot();
    try (OpenAiStandIn llm = new OpenAiStandIn(MonitoringEndToEndIT::model);
        ServerProcess agent = ServerProcess.start(data, Map.of(
            "AGENT_LLM_PROVIDER", "openai", "AGENT_LLM_BASE_URL", llm.baseUrl(), "AGENT_LLM_API_KEY", "test-key",
            "AGENT_LLM_PLANNER_MODEL", "gpt-4.1-mini", "AGENT_SHOP_TOKEN_SECRET", SHOP_SECRET, "AGENT_LOG_FORMAT", "json",
            // a production-like start: only the shop's pages may open the chat (else a SECURITY warning)
            "AGENT_ALLOWED_ORIGINS", "https://shop.example",
            "JAVA_TOOL_OPTIONS", "-Dshop-agent.chaos.read_kb.error-rate=1 -Dkamon.metric.tick-interval=1s"
                + " -Dshop-agent.metrics.queue-sample-interval=1s"));
        PrometheusServer prometheus = PrometheusServer.start(prometheusDir,
            URI.create(agent.baseUrl()).getAuthority(), repo.resolve("docker/prometheus/alerts.yml"))) {
      String alice = new ShopTokenSigner(SHOP_SECRET, "demo-shop", "shop-agent").customer(101);
      traffic(agent, alice, 3);
      // the counters exist in Prometheus before the rest arrives, so increase() sees all of it
      await(Duration.ofSeconds(60), () -> !prometheus.query("agent_orders_lookups_total{result=\"refused\"}")
          .path("data").path("result").isEmpty(), "the refused look-ups never reached Prometheus");
      traffic(agent, alice, 14);

      await(Duration.ofSeconds(90), () -> active(prometheus, "OrderLookupProbing", null)
          && active(prometheus, "ToolErrorRate", "read_kb") && active(prometheus, "LlmFinalizeErrorRate", null),
          "alerts never became pending: " + prometheus.alerts());

      List<String> empty = new ArrayList<>();
      for (String expr : dashboardExpressions(repo.resolve("docker/grafana/dashboards"))) {
        JsonNode answer = prometheus.query(expr);
        assertEquals("success", answer.path("status").asText(), expr + " -> " + answer);
        if (answer.path("data").path("result").isEmpty()) {
          empty.add(expr);
        }
      }
      assertTrue(empty.isEmpty(), "dashboard queries without data after the traffic: " + empty);
      assertJsonLogs(agent.log());
    }
  }

  /**
   * Every log event is one JSON line; the start-up logs no warning but the chaos switch's own;
   * an injected fault later carries the turn's ids as fields. (Warnings after the start are not
   * policed: a loaded machine rightly warns about delayed cluster heartbeats.)
   */
  private static void assertJsonLogs(String log) throws Exception {
    boolean started = false;
    boolean faultWithIds = false;
    for (String line : log.lines().toList()) {
      started |= line.startsWith("Shop agent is running");
      if (line.startsWith("Picked up JAVA_TOOL_OPTIONS") || line.startsWith("Shop agent is running")
          || line.startsWith("  ") || line.isBlank()) {
        continue; // the JVM's note about the chaos options, and the start-up URLs on stdout
      }
      assertTrue(line.startsWith("{"), "not a JSON log event: " + line);
      JsonNode event = MAPPER.readTree(line);
      if (!started && !event.path("level").asText().equals("INFO")) {
        assertTrue(event.path("loggerName").asText().endsWith("FaultyTool"), "warning during a healthy start: " + line);
      }
      faultWithIds |= event.path("formattedMessage").asText().contains("made to fail")
          && !event.path("mdc").path("session_id").asText().isEmpty()
          && !event.path("mdc").path("turn_id").asText().isEmpty();
    }
    assertTrue(faultWithIds, "no injected fault logged with session_id and turn_id:\n" + log);
  }

  /**
   * {@code refused} look-ups by alice of another customer's order, two questions that need the
   * failing knowledge base, one model outage, and a WebSocket chat.
   */
  private void traffic(ServerProcess agent, String alice, int refused) throws Exception {
    for (int i = 0; i < refused; i++) {
      String text = chat(agent, alice, "where is order 10237?").path("reply").path("text").asText();
      assertTrue(text.contains("NOT_FOUND_OR_NOT_YOURS"), text);
    }
    for (int i = 0; i < 2; i++) {
      chat(agent, null, "How long does shipping take?");
    }
    String outage = chat(agent, null, "simulate an outage please").path("reply").path("text").asText();
    assertTrue(outage.startsWith("Sorry, I ran into a problem"), outage);
    try (WsClient ws = new WsClient(agent.wsUrl())) {
      ws.ask(Frames.guestHello());
      assertEquals("reply", ws.ask(Frames.message("Do you ship to Canada?")).path("type").asText());
    }
  }

  private static boolean active(PrometheusServer prometheus, String alert, String tool) throws Exception {
    for (JsonNode a : prometheus.alerts()) {
      if (a.path("labels").path("alertname").asText().equals(alert)
          && (tool == null || a.path("labels").path("tool").asText().equals(tool))
          && List.of("pending", "firing").contains(a.path("state").asText())) {
        return true;
      }
    }
    return false;
  }

  static List<String> dashboardExpressions(Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        MAPPER.readTree(f.toFile()).path("panels").forEach(p -> p.path("targets")
            .forEach(t -> out.add(t.path("expr").asText())));
      }
    }
    assertTrue(out.size() > 20, "dashboards not found in " + dir);
    return out;
  }

  private static void await(Duration within, Callable<Boolean> condition, String message) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(message);
      }
      Thread.sleep(500);
    }
  }

  private JsonNode chat(ServerProcess agent, String bearer, String text) throws Exception {
    var req = HttpRequest.newBuilder(URI.create(agent.baseUrl() + "/v1/chat")).header("Content-Type", "application/json");
    if (bearer != null) {
      req.header("Authorization", "Bearer " + bearer);
    }
    var body = MAPPER.createObjectNode().put("text", text).toString();
    var resp = http.send(req.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode(), resp.body());
    return MAPPER.readTree(resp.body());
  }
}
