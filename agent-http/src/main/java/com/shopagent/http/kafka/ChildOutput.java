package com.shopagent.http.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * Drains the child's merged stdout/stderr for its whole life (a full pipe would block the broker),
 * keeps the last lines for error messages and completes {@link #ready()} on the ready line.
 */
final class ChildOutput {

  private static final int TAIL_LINES = 40;

  private final Deque<String> tail = new ArrayDeque<>();
  private final CompletableFuture<String> ready = new CompletableFuture<>();

  static ChildOutput drain(Process process) {
    ChildOutput output = new ChildOutput();
    Thread reader = new Thread(() -> output.read(process), "embedded-kafka-output");
    reader.setDaemon(true);
    reader.start();
    return output;
  }

  /** Completes with the address after the ready prefix, or fails when the output ends first. */
  CompletableFuture<String> ready() {
    return ready;
  }

  synchronized String tail() {
    return tail.isEmpty() ? "(no output)" : String.join("\n", tail);
  }

  private void read(Process process) {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        remember(line);
        if (line.startsWith(EmbeddedKafkaMain.READY_PREFIX)) {
          ready.complete(line.substring(EmbeddedKafkaMain.READY_PREFIX.length()).trim());
        }
      }
    } catch (IOException e) {
      remember("(reading child output failed: " + e + ")");
    }
    // report the exit code, which the error message needs, once the process has really ended
    process.onExit().thenAccept(p -> ready.completeExceptionally(
        new IllegalStateException("exited with code " + p.exitValue() + " before it was ready")));
  }

  private synchronized void remember(String line) {
    if (tail.size() == TAIL_LINES) {
      tail.removeFirst();
    }
    tail.addLast(line);
  }
}
