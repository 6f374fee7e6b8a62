package com.shopagent.http.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A long steady run against a running agent: does it keep answering, and do its heap, memory and
 * descriptors stay flat? One row per window; exit 1 on any failed turn.
 */
@Command(name = "soak", description = "Keep a steady mix of chats going against a running agent and report errors, "
    + "latency, heap after GC, RSS and open file descriptors per window. Raise the agent's per-IP and per-user "
    + "limits first (AGENT_LIMIT_PER_IP, AGENT_LIMIT_PER_USER), or its rate limits count as errors.")
public final class SoakCommand implements Callable<Integer> {
  @Option(names = "--minutes", defaultValue = "30", description = "How long to run (default ${DEFAULT-VALUE}).")
  double minutes;

  @Option(names = "--window-minutes", defaultValue = "5", description = "Length of one report row (default ${DEFAULT-VALUE}).")
  double windowMinutes;

  @Option(names = "--concurrency", defaultValue = "4", description = "Visitors chatting at once (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--think-ms", defaultValue = "500", description = "Pause between a visitor's messages (default ${DEFAULT-VALUE}).")
  long thinkMs;

  @Option(names = "--out", defaultValue = "soak-result.json", description = "JSON result file (default ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  Target target;

  @Override
  public Integer call() throws Exception {
    if (minutes <= 0 || windowMinutes <= 0 || concurrency < 1 || thinkMs < 0) {
      System.err.println("soak: --minutes and --window-minutes must be > 0, --concurrency >= 1, --think-ms >= 0");
      return 2;
    }
    ServerProbe probe = ServerProbe.of(target.pid);
    String ws = target.wsUrl();
    TurnStats stats = new TurnStats();
    List<SoakRow> rows = new ArrayList<>();
    rows.add(SoakRow.of(0, new TurnStats().drain(), probe.read()));
    System.err.printf("soak: %d visitors against %s (pid %d) for %.0f min%n", concurrency, ws, probe.pid(), minutes);
    System.err.println(rows.get(0).line());
    long window = Math.round(windowMinutes * 60_000);
    long total = Math.round(minutes * 60_000);
    long start = System.currentTimeMillis();
    ChatMix mix = new ChatMix(42, target.customerOrNull());
    try (Visitors visitors = new Visitors(concurrency, ws, () -> mix.next(4), target.tokens(), Duration.ofMillis(thinkMs),
        stats)) {
      // windows on the wall clock from the start: reading the server (a full GC) eats into the next one
      for (long at = Math.min(window, total); ; at = Math.min(at + window, total)) {
        Thread.sleep(Math.max(0, start + at - System.currentTimeMillis()));
        rows.add(SoakRow.of(at / 60_000.0, stats.drain(), probe.read()));
        System.err.println(rows.get(rows.size() - 1).line());
        if (at == total) {
          break;
        }
      }
    }
    SoakRow last = SoakRow.of(minutes, stats.drain(), probe.read()); // turns that ended while visitors stopped
    rows.set(rows.size() - 1, rows.get(rows.size() - 1).plus(last.turns()));
    System.out.println(SoakRow.table(rows));
    writeJson(rows);
    int errors = rows.stream().mapToInt(r -> r.turns().errors()).sum();
    return errors == 0 ? 0 : 1;
  }

  private void writeJson(List<SoakRow> rows) throws java.io.IOException {
    ObjectNode result = Json.MAPPER.createObjectNode().put("url", target.server.base()).put("minutes", minutes)
        .put("concurrency", concurrency).put("think_ms", thinkMs);
    ArrayNode windows = result.putArray("windows");
    rows.forEach(r -> windows.add(Json.MAPPER.valueToTree(r)));
    Files.writeString(out, result.toPrettyString());
    System.err.println("soak: result written to " + out.toAbsolutePath());
  }
}
