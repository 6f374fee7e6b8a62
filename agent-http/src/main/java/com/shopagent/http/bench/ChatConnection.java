package com.shopagent.http.bench;

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

/**
 * One visitor's WebSocket to a running agent, speaking the widget's protocol (docs/API.md):
 * {@code hello}, then one {@code message} at a time, each answered by {@code reply} or {@code error}.
 */
final class ChatConnection implements AutoCloseable {
  private final BlockingQueue<JsonNode> frames;
  private final WebSocket socket;
  private final Duration replyTimeout;
  private int sent;

  private ChatConnection(BlockingQueue<JsonNode> frames, WebSocket socket, Duration replyTimeout) {
    this.frames = frames;
    this.socket = socket;
    this.replyTimeout = replyTimeout;
  }

  /** Connects and says hello: as a new guest when {@code visitorToken} is null. */
  static ChatConnection open(HttpClient http, String wsUrl, String visitorToken, Duration replyTimeout) throws Exception {
    BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(wsUrl), new Listener(frames)).get(15, TimeUnit.SECONDS);
    ChatConnection c = new ChatConnection(frames, ws, replyTimeout);
    ObjectNode hello = Json.MAPPER.createObjectNode().put("type", "hello");
    if (visitorToken == null) {
      hello.put("guest", true);
    } else {
      hello.put("token", visitorToken);
    }
    JsonNode welcome = c.exchange(hello);
    if (!welcome.path("type").asText().equals("welcome")) {
      c.close();
      throw new IllegalStateException("hello refused: " + welcome.path("code").asText(welcome.toString()));
    }
    return c;
  }

  /** Sends one customer message and waits for its {@code reply} or {@code error} frame. */
  JsonNode say(String text) throws Exception {
    ObjectNode message = Json.MAPPER.createObjectNode().put("type", "message").put("text", text)
        .put("client_message_id", "bench-" + (++sent));
    return exchange(message);
  }

  private JsonNode exchange(ObjectNode frame) throws Exception {
    socket.sendText(frame.toString(), true).get(10, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + replyTimeout.toNanos();
    while (true) {
      JsonNode f = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (f == null) {
        throw new java.util.concurrent.TimeoutException("no answer within " + replyTimeout.toSeconds() + " s");
      }
      if (!f.path("type").asText().equals("typing")) {
        return f;
      }
    }
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null);
  }

  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private final BlockingQueue<JsonNode> frames;

    Listener(BlockingQueue<JsonNode> frames) {
      this.frames = frames;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(Json.MAPPER.readTree(partial.toString()));
        } catch (Exception e) {
          frames.add(Json.MAPPER.createObjectNode().put("type", "error").put("code", "non_json_frame"));
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
