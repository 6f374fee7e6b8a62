package com.shopagent.http.cluster.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A chat client over a real WebSocket (the JDK's), as the widget talks to a node. */
final class DrillSocket implements AutoCloseable {
  private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  DrillSocket(String httpUrl) throws Exception {
    socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create(httpUrl.replaceFirst("^http", "ws") + "/v1/chat/ws"), new Listener())
        .get(10, TimeUnit.SECONDS);
  }

  /** {@code hello} as a new guest ({@code token} null) or resuming {@code sessionId} with a session token. */
  JsonNode hello(String token, String sessionId) throws Exception {
    ObjectNode f = Json.MAPPER.createObjectNode().put("type", "hello");
    if (token == null) {
      f.put("guest", true);
    } else {
      f.put("token", token);
    }
    if (sessionId != null) {
      f.put("session_id", sessionId);
    }
    send(f);
    return next(Duration.ofSeconds(30));
  }

  void message(String text, String clientMessageId) throws Exception {
    send(Json.MAPPER.createObjectNode().put("type", "message").put("text", text).put("client_message_id", clientMessageId));
  }

  /** Waits for the server to acknowledge a message with its typing frame. */
  void awaitTyping(Duration timeout) throws InterruptedException {
    JsonNode f = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (f == null || !f.path("type").asText().equals("typing")) {
      throw new IllegalStateException("expected a typing frame, got " + f);
    }
  }

  /** The next frame that is not a typing indicator. */
  JsonNode next(Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode f = frames.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (f == null) {
        throw new IllegalStateException("no frame within " + timeout.toSeconds() + " s");
      }
      if (!f.path("type").asText().equals("typing")) {
        return f;
      }
    }
  }

  private void send(ObjectNode frame) throws Exception {
    socket.sendText(frame.toString(), true).get(5, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(Json.MAPPER.readTree(partial.toString()));
        } catch (Exception e) {
          frames.add(Json.MAPPER.createObjectNode().put("type", "garbled"));
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
