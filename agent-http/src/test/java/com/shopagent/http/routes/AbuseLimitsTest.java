package com.shopagent.http.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.http.javadsl.ServerBinding;
import com.shopagent.core.model.Identity;
import com.shopagent.core.policy.RateLimit;
import com.shopagent.http.chat.SocketTimeouts;
import com.shopagent.http.chat.RateLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security review findings 2 and 4 over real HTTP: guessed session ids are throttled and leave no
 * entity behind, admin tokens cannot be guessed at speed, and client_message_id is bounded.
 */
class AbuseLimitsTest {
  static final RateLimit CHAT = new RateLimit(60, 30, Duration.ofMinutes(1));
  static final SocketTimeouts TIMEOUTS = new SocketTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(120));
  static AbuseRig rig;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    rig = new AbuseRig(Files.createTempDirectory("abuse-limits"));
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  /** The shipped defaults: config/agent.conf. */
  private static RateLimits shippedLimits() {
    var c = rig.config.getConfig("shop-agent");
    return new RateLimits(com.shopagent.http.AgentSettings.limit(c, "limits.per-ip"),
        com.shopagent.http.AgentSettings.limit(c, "limits.per-user"), com.shopagent.http.AgentSettings.limit(c, "limits.reads"),
        com.shopagent.http.AgentSettings.limit(c, "limits.admin-failures"));
  }

  private HttpResponse<String> get(ServerBinding b, String path, String token) throws Exception {
    return http.send(HttpRequest.newBuilder(url(b, path)).header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI url(ServerBinding b, String path) {
    return URI.create("http://127.0.0.1:" + b.localAddress().getPort() + path);
  }

  @Test
  void should_throttle_1000_guessed_session_ids_from_one_client_and_keep_no_entity() throws Exception {
    ServerBinding b = rig.bind(shippedLimits(), TIMEOUTS);
    String token = rig.tokens.issue(Identity.guest("prober"));
    Map<Integer, Integer> byStatus = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      byStatus.merge(get(b, "/v1/sessions/" + UUID.randomUUID(), token).statusCode(), 1, Integer::sum);
    }
    assertTrue(byStatus.getOrDefault(429, 0) >= 900, byStatus.toString());
    assertTrue(byStatus.getOrDefault(404, 0) <= 70, byStatus.toString());
    Instant deadline = Instant.now().plusSeconds(10);
    while (rig.liveSessions() > 0 && Instant.now().isBefore(deadline)) {
      Thread.onSpinWait();
    }
    assertEquals(0, rig.liveSessions(), "a guessed id leaves no session entity in memory");
    b.unbind();
  }

  @Test
  void should_refuse_admin_token_guesses_after_five_failures_even_the_right_token() throws Exception {
    ServerBinding b = rig.bind(shippedLimits(), TIMEOUTS);
    for (int i = 0; i < 5; i++) {
      assertEquals(401, get(b, "/v1/tickets/T-000001", "guess-" + i).statusCode());
    }
    var throttled = get(b, "/v1/tickets/T-000001", "guess-5");
    assertEquals(429, throttled.statusCode(), throttled.body());
    assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    assertEquals(429, get(b, "/v1/tickets/T-000001", rig.secrets.adminToken()).statusCode());
    b.unbind();

    ServerBinding fresh = rig.bind(shippedLimits(), TIMEOUTS);
    assertEquals(404, get(fresh, "/v1/tickets/T-000001", rig.secrets.adminToken()).statusCode(), "staff still get in");
    fresh.unbind();
  }

  @Test
  void should_reject_an_overlong_or_pii_laden_client_message_id() throws Exception {
    ServerBinding b = rig.bind(new RateLimits(CHAT, CHAT), TIMEOUTS);
    for (String id : new String[] {"a".repeat(65), "a".repeat(60_000), "jane@example.com", "4111 1111 1111 1111",
        "call +1 503 555 0142", "jane@example.com;+15035550142;4111-1111-1111-1111"}) {
      String body = "{\"text\":\"How long does shipping take?\",\"client_message_id\":\"" + id + "\"}";
      var r = http.send(HttpRequest.newBuilder(url(b, "/v1/chat")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, r.statusCode(), id + ": " + r.body());
      assertTrue(r.body().contains("bad_client_message_id"), r.body());
    }
    b.unbind();
  }
}
