package com.shopagent.http.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A fixed amount of chat load: how fast and how well does the agent answer it? */
@Command(name = "chat", description = "Run N WebSocket conversations of M turns, C at a time, against a running agent "
    + "(guests' help-page questions, a signed-in customer's order, hand-offs) and print p50/p95/p99, turns/s, "
    + "errors and the server's heap and RSS. Raise the agent's per-IP and per-user limits first.")
public final class ChatBenchCommand implements Callable<Integer> {
  @Option(names = "--sessions", defaultValue = "100", description = "Conversations in all (default ${DEFAULT-VALUE}).")
  int sessions;

  @Option(names = "--turns", defaultValue = "5", description = "Messages per conversation (default ${DEFAULT-VALUE}).")
  int turns;

  @Option(names = "--concurrency", defaultValue = "10", description = "Conversations at once (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--think-ms", defaultValue = "0", description = "Pause between a visitor's messages (default ${DEFAULT-VALUE}).")
  long thinkMs;

  @Option(names = "--out", defaultValue = "bench-chat.json", description = "JSON result file (default ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  Target target;

  @Override
  public Integer call() throws Exception {
    if (sessions < 1 || turns < 1 || concurrency < 1 || thinkMs < 0) {
      System.err.println("bench chat: --sessions, --turns and --concurrency must be >= 1, --think-ms >= 0");
      return 2;
    }
    var probe = target.probe();
    ChatMix mix = new ChatMix(7, target.customerOrNull());
    AtomicInteger left = new AtomicInteger(sessions);
    TurnStats stats = new TurnStats();
    long start = System.nanoTime();
    try (Visitors visitors = new Visitors(concurrency, target.wsUrl(),
        () -> left.getAndDecrement() > 0 ? mix.next(turns) : null, target.tokens(), Duration.ofMillis(thinkMs), stats)) {
      visitors.awaitDone(Duration.ofHours(2));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    TurnStats.Summary s = stats.drain();
    ObjectNode result = Json.MAPPER.createObjectNode().put("url", target.server.base()).put("sessions", sessions)
        .put("turns_per_session", turns).put("concurrency", concurrency).put("wall_seconds", seconds)
        .put("turns_per_second", s.turns() / seconds);
    result.set("turns", Json.MAPPER.valueToTree(s));
    probe.ifPresent(p -> result.set("server", Json.MAPPER.valueToTree(p.read())));
    System.out.printf(Locale.ROOT, "%d turns in %.1f s: %.1f turns/s, errors %d %s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        s.turns(), seconds, s.turns() / seconds, s.errors(), s.errorsByCode().isEmpty() ? "" : s.errorsByCode(),
        s.p50(), s.p95(), s.p99());
    probe.ifPresent(p -> System.out.println("server: " + result.path("server")));
    Files.writeString(out, result.toPrettyString());
    System.err.println("bench chat: result written to " + out.toAbsolutePath());
    return s.errors() == 0 ? 0 : 1;
  }
}
