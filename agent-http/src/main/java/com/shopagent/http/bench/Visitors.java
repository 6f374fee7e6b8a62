package com.shopagent.http.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * {@code concurrency} visitors, each chatting one scripted conversation after another over its own
 * WebSocket until the supplier has no more (null) or the run is stopped, pausing {@code think}
 * between messages like a person typing.
 */
final class Visitors implements AutoCloseable {
  private final ExecutorService pool;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private volatile boolean running = true;

  /**
   * @param tokens signs a visitor token for a demo customer id (null: guests only)
   */
  Visitors(int concurrency, String wsUrl, Supplier<ChatMix.Conversation> conversations, LongFunction<String> tokens,
      Duration think, TurnStats stats) {
    pool = Executors.newFixedThreadPool(concurrency);
    for (int i = 0; i < concurrency; i++) {
      pool.execute(() -> {
        ChatMix.Conversation next;
        while (running && (next = conversations.get()) != null) {
          converse(wsUrl, next, tokens, think, stats);
        }
      });
    }
    pool.shutdown();
  }

  /** Waits until the conversations ran out (or {@code limit} passed); false on the limit. */
  boolean awaitDone(Duration limit) throws InterruptedException {
    return pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void converse(String wsUrl, ChatMix.Conversation c, LongFunction<String> tokens, Duration think,
      TurnStats stats) {
    String token = c.customer() == null || tokens == null ? null : tokens.apply(c.customer());
    try (ChatConnection chat = ChatConnection.open(http, wsUrl, token, Duration.ofSeconds(60))) {
      for (String text : c.messages()) {
        if (!running) {
          return;
        }
        long start = System.nanoTime();
        JsonNode answer = chat.say(text);
        long micros = (System.nanoTime() - start) / 1000;
        if (!answer.path("type").asText().equals("reply")) {
          stats.failed(answer.path("code").asText("unknown_frame"));
        } else if (answer.path("outcome").asText().equals("error")) {
          stats.failed("outcome_error");
        } else {
          stats.answered(micros);
        }
        Thread.sleep(think.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } catch (TimeoutException e) {
      stats.failed("timeout");
    } catch (Exception e) {
      stats.failed("connection: " + e.getClass().getSimpleName());
      pause(); // the agent may be down: do not spin
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    if (!pool.awaitTermination(90, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
  }
}
