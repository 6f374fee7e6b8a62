package com.shopagent.http.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.tools.testing.ScratchPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent on PostgreSQL and a Kafka broker this test owns: the broker is stopped while a
 * customer chats. Chats go on, /ready names the audit check (still 200, degraded), and once the
 * broker is back every turn of the outage reaches the audit topic.
 */
class KafkaOutageEndToEndIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private String database;
  private Process broker;

  @TempDir
  Path data;

  @AfterEach
  void cleanUp() throws Exception {
    stopBroker();
    if (database != null) {
      ScratchPostgres.drop(database);
    }
  }

  @Test
  void should_keep_chatting_through_a_kafka_outage_and_publish_every_turn_once_it_is_back() throws Exception {
    Assumptions.assumeTrue(ScratchPostgres.available(), "PostgreSQL unreachable and AGENT_TEST_SKIP_POSTGRES=1");
    database = ScratchPostgres.create("agent_kafka_outage_");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String bootstrap = startBroker(port);
    Map<String, String> env = Map.of("DATABASE_URL", ScratchPostgres.urlOf(database),
        "DATABASE_USER", ScratchPostgres.USER, "DATABASE_PASSWORD", ScratchPostgres.PASSWORD,
        "KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    List<String> turns = new ArrayList<>();
    try (ServerProcess server = ServerProcess.start(data.resolve("agent"), env)) {
      JsonNode first = post(server.baseUrl(), null, null, "How long does shipping take?");
      turns.add(first.path("reply").path("turn_id").asText());
      stopBroker();
      String token = first.path("token").asText();
      String session = first.path("session_id").asText();
      for (String text : List.of("Do you ship to Canada?", "How do I wash merino?", "I want to talk to a human")) {
        JsonNode r = post(server.baseUrl(), token, session, text);
        turns.add(r.path("reply").path("turn_id").asText());
        token = r.path("token").asText();
      }
      JsonNode ready = awaitDegraded(server.baseUrl());
      assertEquals(List.of("audit_kafka"), MAPPER.convertValue(ready.path("failing"), List.class), ready.toString());

      startBroker(port);
      var seen = AuditTopic.readUntil(bootstrap, "agent.audit.v1",
          records -> turns.stream().allMatch(id -> records.stream().anyMatch(r -> id.equals(r.json().path("turn_id").asText()))),
          Duration.ofSeconds(120));
      for (String turnId : turns) {
        assertTrue(seen.stream().anyMatch(r -> turnId.equals(r.json().path("turn_id").asText())),
            "turn " + turnId + " reached the audit topic after the outage");
      }
    }
  }

  /** The audit check needs a few seconds to notice: its Kafka client times out first. */
  private JsonNode awaitDegraded(String base) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      var resp = http.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
      last = resp.statusCode() + " " + resp.body();
      JsonNode body = MAPPER.readTree(resp.body());
      if (resp.statusCode() == 200 && body.path("status").asText().equals("degraded")) {
        return body;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("/ready never named the audit check: " + last);
  }

  private String startBroker(int port) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    broker = new ProcessBuilder(java, "-Xmx128m", "-cp", ServerProcess.classPath(),
        "com.shopagent.http.kafka.StandaloneKafkaMain", data.resolve("broker").toString(), Integer.toString(port), "4")
        .redirectErrorStream(true).start();
    var out = new BufferedReader(new InputStreamReader(broker.getInputStream()));
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      if (line.startsWith("KAFKA_READY ")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "broker-output");
        drain.setDaemon(true);
        drain.start();
        return line.substring("KAFKA_READY ".length()).trim();
      }
    }
    throw new IllegalStateException("the test's broker did not start");
  }

  private void stopBroker() throws Exception {
    if (broker != null && broker.isAlive()) {
      broker.destroy(); // SIGTERM: its shutdown hook stops the broker child
      if (!broker.waitFor(60, TimeUnit.SECONDS)) {
        broker.descendants().forEach(ProcessHandle::destroyForcibly);
        broker.destroyForcibly();
      }
    }
  }

  private JsonNode post(String base, String token, String sessionId, String text) throws Exception {
    var body = MAPPER.createObjectNode().put("text", text);
    if (sessionId != null) {
      body.put("session_id", sessionId);
    }
    var req = HttpRequest.newBuilder(URI.create(base + "/v1/chat")).header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(90));
    if (token != null) {
      req.header("Authorization", "Bearer " + token);
    }
    var resp = http.send(req.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode(), resp.body());
    return MAPPER.readTree(resp.body());
  }
}
