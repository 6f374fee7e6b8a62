package com.shopagent.http.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) that collects the server's frames in order. */
final class WsClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  WsClient(String url) throws Exception {
    this(url, null);
  }

  /** As a browser on the page {@code origin} would connect. */
  WsClient(String url, String origin) throws Exception {
    var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    socket = builder.buildAsync(URI.create(url), new Listener()).get(10, TimeUnit.SECONDS);
  }

  void send(String raw) throws Exception {
    socket.sendText(raw, true).get(5, TimeUnit.SECONDS);
  }

  /** The next frame that is not a typing indicator. */
  JsonNode next() throws InterruptedException {
    while (true) {
      JsonNode f = frames.poll(30, TimeUnit.SECONDS);
      if (f == null) {
        throw new AssertionError("no frame from the server within 30 s");
      }
      if (!f.path("type").asText().equals("typing")) {
        return f;
      }
    }
  }

  JsonNode ask(String raw) throws Exception {
    send(raw);
    return next();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(MAPPER.readTree(partial.toString()));
        } catch (Exception e) {
          throw new AssertionError("server sent non-JSON: " + partial, e);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
