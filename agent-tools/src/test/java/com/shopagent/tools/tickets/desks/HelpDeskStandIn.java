package com.shopagent.tools.tickets.desks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Zendesk, Freshdesk and a webhook receiver on one local port, answering in their published
 * shapes: Zendesk {@code {"ticket": {...}}} with Idempotency-Key replay and
 * {@code x-idempotency-lookup}; Freshdesk's bare ticket object and {@code {"results", "total"}}
 * search; 401 on wrong credentials. Scripted failures: the next n requests answer a status, or
 * answer only after a delay (the ticket is made first, as a slow desk does).
 */
final class HelpDeskStandIn implements AutoCloseable {
  static final String ZD_EMAIL = "agent@acme.example";
  static final String ZD_TOKEN = "zd-test-token";
  static final String FD_KEY = "fd-test-key";
  static final String HOOK_SECRET = "a-webhook-secret-of-at-least-32-chars!";
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<JsonNode> created = new CopyOnWriteArrayList<>();
  final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
  private final Map<String, String> replay = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(35436);
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int failStatus;
  private final AtomicInteger slow = new AtomicInteger();
  private volatile long slowMs;
  private final HttpServer server;

  HelpDeskStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void failNext(int times, int status) {
    failStatus = status;
    failures.set(times);
  }

  void slowNext(int times, long delayMs) {
    slowMs = delayMs;
    slow.set(times);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      headers.add(Map.of("authorization", String.valueOf(ex.getRequestHeaders().getFirst("Authorization")),
          "idempotency-key", String.valueOf(ex.getRequestHeaders().getFirst("Idempotency-Key"))));
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        send(ex, failStatus, "{\"error\":\"Service Unavailable\"}");
        return;
      }
      String path = ex.getRequestURI().getPath();
      String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
      if (path.equals("/api/v2/tickets") && auth.equals(DeskHttp.basic(ZD_EMAIL + "/token", ZD_TOKEN))) {
        zendesk(ex, body);
      } else if (path.equals("/api/v2/tickets") && auth.equals(DeskHttp.basic(FD_KEY, "X"))) {
        freshdeskCreate(ex, body);
      } else if (path.equals("/api/v2/search/tickets") && auth.equals(DeskHttp.basic(FD_KEY, "X"))) {
        freshdeskSearch(ex);
      } else if (path.equals("/hooks/tickets")) {
        webhook(ex, body);
      } else if (path.startsWith("/api/v2/")) {
        send(ex, 401, "{\"error\":\"Couldn't authenticate you\"}");
      } else {
        send(ex, 404, "{}");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void zendesk(HttpExchange ex, String body) throws IOException, InterruptedException {
    String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
    String earlier = key == null ? null : replay.get("zd:" + key);
    if (earlier != null) {
      ex.getResponseHeaders().add("x-idempotency-lookup", "hit");
      send(ex, 201, earlier);
      return;
    }
    JsonNode in = JSON.readTree(body).path("ticket");
    long id = ids.incrementAndGet();
    ObjectNode t = JSON.createObjectNode();
    t.put("id", id).put("url", url() + "/api/v2/tickets/" + id + ".json").put("subject", in.path("subject").asText())
        .put("description", in.path("comment").path("body").asText()).put("status", "new")
        .put("priority", in.path("priority").asText()).put("external_id", in.path("external_id").asText());
    t.set("tags", in.path("tags"));
    created.add(JSON.readTree(body));
    String answer = JSON.createObjectNode().set("ticket", t).toString();
    if (key != null) {
      replay.put("zd:" + key, answer);
      ex.getResponseHeaders().add("x-idempotency-lookup", "miss");
    }
    maybeSlow();
    send(ex, 201, answer);
  }

  private void freshdeskCreate(HttpExchange ex, String body) throws IOException, InterruptedException {
    ObjectNode t = (ObjectNode) JSON.readTree(body);
    t.put("id", ids.incrementAndGet()).put("created_at", "2025-03-01T10:15:30Z");
    created.add(t);
    maybeSlow();
    send(ex, 201, t.toString());
  }

  private void freshdeskSearch(HttpExchange ex) throws IOException {
    String query = URLDecoder.decode(ex.getRequestURI().getRawQuery().replaceFirst("^query=", ""), StandardCharsets.UTF_8);
    String tag = query.replaceAll("^\"tag:'(.*)'\"$", "$1");
    var results = JSON.createArrayNode();
    created.stream().filter(t -> t.path("tags").toString().contains("\"" + tag + "\"")).forEach(results::add);
    send(ex, 200, JSON.createObjectNode().put("total", results.size()).set("results", results).toString());
  }

  private void webhook(HttpExchange ex, String body) throws IOException, InterruptedException {
    String signature = String.valueOf(ex.getRequestHeaders().getFirst(WebhookDesk.SIGNATURE_HEADER));
    String expected = "sha256=" + WebhookDesk.sign(HOOK_SECRET.getBytes(StandardCharsets.UTF_8), body);
    if (!java.security.MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8))) {
      send(ex, 401, "{\"error\":\"bad signature\"}");
      return;
    }
    String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
    String answer = replay.computeIfAbsent("wh:" + key, k -> {
      created.add(readQuietly(body));
      return "{\"id\":\"" + ids.incrementAndGet() + "\",\"url\":\"https://desk.example/t/" + ids.get() + "\"}";
    });
    maybeSlow();
    send(ex, 200, answer);
  }

  private static JsonNode readQuietly(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void maybeSlow() throws InterruptedException {
    if (slow.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      Thread.sleep(slowMs); // the stand-in's own slowness under test, not a wait in the test
    }
  }

  private static void send(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
