package com.shopagent.http.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.http.javadsl.Http;
import com.shopagent.core.policy.RateLimit;
import com.shopagent.http.chat.ChatFrames;
import com.shopagent.http.chat.ChatService;
import com.shopagent.http.chat.RateLimits;
import com.shopagent.http.chat.TrustedProxies;
import com.typesafe.config.ConfigFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The per-IP limit over real HTTP, behind a proxy: each request is a malformed chat turn (400),
 * so the only thing that can change the answer to 429 is the per-IP bucket of two requests.
 */
class ClientAddressRoutesTest {
  static final ActorTestKit testKit = ActorTestKit.create(ConfigFactory.parseString(
      "akka.actor.provider = cluster\nakka.remote.artery.canonical.port = 0\n"
          + "akka.http.server.remote-address-attribute = on"));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  private String bind(TrustedProxies proxies) throws Exception {
    var limits = new RateLimits(new RateLimit(2, 1, Duration.ofHours(1)), new RateLimit(100, 100, Duration.ofMinutes(1)));
    // the identities are never reached: the bucket or the malformed body answers first
    var chat = new ChatService(testKit.system(), null, limits, 1000, Duration.ofSeconds(5));
    var routes = new ChatRoutes(testKit.system(), chat, new ChatFrames(""), Set.of(), proxies,
        new com.shopagent.http.chat.SocketTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(2))).routes();
    var binding = Http.get(testKit.system()).newServerAt("127.0.0.1", 0).bind(routes).toCompletableFuture().get();
    return "http://127.0.0.1:" + binding.localAddress().getPort() + "/v1/chat";
  }

  private int post(String url, String forwardedFor) throws Exception {
    var req = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("[]"));
    if (forwardedFor != null) {
      req.header("X-Forwarded-For", forwardedFor);
    }
    return http.send(req.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void should_give_two_visitors_behind_a_trusted_proxy_separate_buckets() throws Exception {
    String url = bind(TrustedProxies.parse("127.0.0.1"));
    assertEquals(400, post(url, "203.0.113.1"));
    assertEquals(400, post(url, "203.0.113.1"));
    assertEquals(429, post(url, "203.0.113.1"), "the first visitor spent their two requests");
    assertEquals(400, post(url, "203.0.113.2"), "the second visitor still has theirs");
    assertEquals(400, post(url, "6.6.6.6, 203.0.113.2"), "a client-written hop left of the proxy's entry changes nothing");
    assertEquals(429, post(url, "6.6.6.7, 203.0.113.2"));
  }

  @Test
  void should_ignore_a_forged_forwarded_for_from_an_untrusted_peer() throws Exception {
    String url = bind(TrustedProxies.NONE);
    assertEquals(400, post(url, "203.0.113.1"));
    assertEquals(400, post(url, "203.0.113.2"));
    assertEquals(429, post(url, "203.0.113.3"), "every forged address still counts against the peer's bucket");
    assertEquals(429, post(url, null));
  }
}
