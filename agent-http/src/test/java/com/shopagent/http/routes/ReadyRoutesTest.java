package com.shopagent.http.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import akka.http.javadsl.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import com.shopagent.http.health.Check;
import com.shopagent.http.health.NodeChecks;
import com.shopagent.http.health.Readiness;
import com.typesafe.config.ConfigFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * GET /alive and GET /ready over real HTTP with the real probes: a node that has not joined,
 * a PostgreSQL port nobody listens on and a Kafka bootstrap nobody answers.
 */
class ReadyRoutesTest {
  static final ActorTestKit testKit = ActorTestKit.create(ConfigFactory.parseString(
      "akka.actor.provider = cluster\nakka.remote.artery.canonical { hostname = \"127.0.0.1\", port = 0 }"));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private HttpResponse<String> get(Readiness readiness, String path) throws Exception {
    var binding = Http.get(testKit.system()).newServerAt("127.0.0.1", 0).bind(new OpsRoutes(readiness).routes())
        .toCompletableFuture().get();
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + binding.localAddress().getPort() + path))
          .build(), HttpResponse.BodyHandlers.ofString());
    } finally {
      binding.unbind();
    }
  }

  @Test
  void should_answer_503_naming_each_failing_check_and_200_degraded_when_only_kafka_is_down() throws Exception {
    try (NodeChecks checks = new NodeChecks(testKit.system(), "127.0.0.1:" + closedPort())) {
      PGSimpleDataSource db = new PGSimpleDataSource();
      db.setUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/agent?connectTimeout=2");
      Check kafka = new Check("audit_kafka", false, checks::kafkaReachable);
      var notJoined = new Readiness(List.of(new Check("cluster_member", true, checks::memberUp),
          new Check("database", true, () -> checks.databaseReachable(db)), kafka), Duration.ofSeconds(4));

      assertEquals(200, get(notJoined, "/alive").statusCode(), "alive whatever the checks say");
      var resp = get(notJoined, "/ready");
      assertEquals(503, resp.statusCode(), resp.body());
      JsonNode body = Json.MAPPER.readTree(resp.body());
      assertEquals("not_ready", body.path("status").asText());
      assertEquals(List.of("cluster_member", "database", "audit_kafka"),
          Json.MAPPER.convertValue(body.path("failing"), List.class), resp.body());
      assertTrue(body.path("checks").path("database").asText().contains("unreachable"), resp.body());

      Cluster cluster = Cluster.get(testKit.system());
      cluster.manager().tell(Join.create(cluster.selfMember().address()));
      testKit.createTestProbe().awaitAssert(Duration.ofSeconds(20), () -> {
        assertEquals(MemberStatus.up(), cluster.selfMember().status());
        return null;
      });
      var up = new Readiness(List.of(new Check("cluster_member", true, checks::memberUp), kafka), Duration.ofSeconds(4));
      var degraded = get(up, "/ready");
      assertEquals(200, degraded.statusCode(), degraded.body());
      JsonNode d = Json.MAPPER.readTree(degraded.body());
      assertEquals("degraded", d.path("status").asText());
      assertEquals("ok", d.path("checks").path("cluster_member").asText());
      assertEquals(List.of("audit_kafka"), Json.MAPPER.convertValue(d.path("failing"), List.class));
    }
  }
}
