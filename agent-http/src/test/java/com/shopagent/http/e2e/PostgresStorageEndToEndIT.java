package com.shopagent.http.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.tools.testing.ScratchPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production storage path: with DATABASE_URL set, the journal and the tickets live in a real
 * PostgreSQL, and a session survives a crash of the agent there too. Uses the plain REST API.
 */
class PostgresStorageEndToEndIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private String database;

  @TempDir
  Path data;

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      ScratchPostgres.drop(database);
    }
  }

  @Test
  void should_keep_sessions_and_tickets_in_postgres_when_database_url_is_set() throws Exception {
    Assumptions.assumeTrue(ScratchPostgres.available(), "PostgreSQL unreachable and AGENT_TEST_SKIP_POSTGRES=1");
    database = ScratchPostgres.create("agent_e2e_");
    Map<String, String> env = Map.of("DATABASE_URL", ScratchPostgres.urlOf(database),
        "DATABASE_USER", ScratchPostgres.USER, "DATABASE_PASSWORD", ScratchPostgres.PASSWORD);
    JsonNode first;
    JsonNode second;
    try (ServerProcess server = ServerProcess.start(data, env)) {
      first = post(server.baseUrl(), null, null, "How do I wash merino?");
      assertTrue(first.path("reply").path("citations").size() > 0, first.toString());
      second = post(server.baseUrl(), first.path("token").asText(), first.path("session_id").asText(),
          "Please let me speak to a person");
      assertTrue(second.path("reply").path("ticket").path("id").asText().startsWith("T-"), second.toString());
      server.kill();
    }
    try (Connection c = DriverManager.getConnection(ScratchPostgres.urlOf(database), ScratchPostgres.USER,
        ScratchPostgres.PASSWORD)) {
      assertEquals(3, count(c, "select count(*) from event_journal where persistence_id = 'Session|"
          + first.path("session_id").asText() + "'"), "opened + two turns in the PostgreSQL journal");
      assertEquals(1, count(c, "select count(*) from tickets"));
      assertEquals(0, count(c, "select count(*) from event_journal where position('merino' in encode(event_payload, 'escape')) > 0"),
          "journal payloads are sealed: the customer's words are not stored in the clear");
      assertEquals(0, count(c, "select count(*) from tickets where body like '%speak to a person%'"),
          "ticket transcripts are sealed too");
    }
    try (ServerProcess revived = ServerProcess.start(data, env)) {
      var resp = http.send(HttpRequest.newBuilder(URI.create(revived.baseUrl() + "/v1/sessions/"
              + first.path("session_id").asText())).header("Authorization", "Bearer " + second.path("token").asText()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, resp.statusCode(), resp.body());
      JsonNode history = MAPPER.readTree(resp.body()).path("history");
      assertEquals(2, history.size(), resp.body());
      assertEquals("How do I wash merino?", history.get(0).path("user").asText());
      assertFalse(history.get(1).path("reply").asText().isBlank());
    }
  }

  private JsonNode post(String base, String token, String sessionId, String text) throws Exception {
    var body = MAPPER.createObjectNode().put("text", text);
    if (sessionId != null) {
      body.put("session_id", sessionId);
    }
    var req = HttpRequest.newBuilder(URI.create(base + "/v1/chat")).header("Content-Type", "application/json");
    if (token != null) {
      req.header("Authorization", "Bearer " + token);
    }
    var resp = http.send(req.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode(), resp.body());
    return MAPPER.readTree(resp.body());
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
