package com.shopagent.http.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.http.javadsl.ServerBinding;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.shopagent.core.policy.RateLimit;
import com.shopagent.http.chat.SocketTimeouts;
import com.shopagent.http.chat.RateLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Security review finding 5 over a real WebSocket: a connection that never says hello, or says
 * nothing more while the server keeps pinging it (every 300 ms here), is closed; a normal close
 * logs no stack trace.
 */
class ChatSocketTimeoutsTest {
  static final RateLimit CHAT = new RateLimit(60, 30, Duration.ofMinutes(1));
  static final String HELLO = "{\"type\":\"hello\",\"guest\":true}";
  static AbuseRig rig;

  @BeforeAll
  static void start() throws Exception {
    rig = new AbuseRig(Files.createTempDirectory("socket-timeouts"));
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  /** Collects text frames and the close. */
  static final class Client implements WebSocket.Listener {
    final List<String> frames = new CopyOnWriteArrayList<>();
    final CompletableFuture<String> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(partial.toString());
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      closed.complete(status + " " + reason);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.complete("error " + error);
    }
  }

  private static WebSocket connect(ServerBinding b, Client client) throws Exception {
    return HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create("ws://127.0.0.1:" + b.localAddress().getPort() + "/v1/chat/ws"), client)
        .get(5, TimeUnit.SECONDS);
  }

  @Test
  void should_close_a_socket_that_sends_no_hello_within_the_deadline_saying_why() throws Exception {
    ServerBinding b = rig.bind(new RateLimits(CHAT, CHAT), new SocketTimeouts(Duration.ofSeconds(1),
        Duration.ofSeconds(60)));
    Client silent = new Client();
    connect(b, silent);
    silent.closed.get(5, TimeUnit.SECONDS);
    assertTrue(silent.frames.stream().anyMatch(f -> f.contains("hello_timeout")), silent.frames.toString());
    b.unbind();
  }

  @Test
  void should_close_an_idle_socket_after_the_idle_timeout_whatever_the_server_pings() throws Exception {
    assertNoThrowableLogged(() -> {
      ServerBinding b = rig.bind(new RateLimits(CHAT, CHAT), new SocketTimeouts(Duration.ofSeconds(5),
          Duration.ofSeconds(2)));
      Client idle = new Client();
      connect(b, idle).sendText(HELLO, true);
      String closed = idle.closed.get(8, TimeUnit.SECONDS);
      assertTrue(idle.frames.get(0).contains("welcome"), idle.frames.toString());
      assertTrue(idle.frames.stream().anyMatch(f -> f.contains("idle_timeout")), closed + " " + idle.frames);
      b.unbind().toCompletableFuture().get(5, TimeUnit.SECONDS);
    });
  }

  @Test
  void should_log_no_stack_trace_when_the_client_closes_normally() throws Exception {
    assertNoThrowableLogged(() -> {
      ServerBinding b = rig.bind(new RateLimits(CHAT, CHAT), new SocketTimeouts(Duration.ofSeconds(5),
          Duration.ofSeconds(60)));
      Client client = new Client();
      WebSocket ws = connect(b, client);
      ws.sendText(HELLO, true);
      for (int i = 0; i < 50 && client.frames.isEmpty(); i++) {
        Thread.sleep(100); // polls for the welcome, at most 5 s
      }
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
      client.closed.get(5, TimeUnit.SECONDS);
      b.unbind().toCompletableFuture().get(5, TimeUnit.SECONDS);
    });
  }

  interface Exchange {
    void run() throws Exception;
  }

  /** Runs the exchange while watching every logger: nothing may be logged with a throwable. */
  private static void assertNoThrowableLogged(Exchange exchange) throws Exception {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(logs);
    try {
      exchange.run();
    } finally {
      root.detachAppender(logs);
    }
    assertEquals(List.of(), logs.list.stream().filter(e -> e.getThrowableProxy() != null)
        .map(e -> e.getLoggerName() + ": " + e.getThrowableProxy().getClassName()).toList());
  }
}
