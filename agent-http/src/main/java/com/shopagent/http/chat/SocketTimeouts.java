package com.shopagent.http.chat;

import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * How long a chat WebSocket may go without its hello, and without any frame from the client.
 * akka-http's own idle timeout is no guard here: the server's keep-alive pings reset it.
 *
 * @param idle the HTTP idle timeout, counted on client frames only
 */
public record SocketTimeouts(Duration hello, Duration idle) {
  static final ChatError IDLE = new ChatError("idle_timeout",
      "No message for a while; the connection is closed. Reconnect to continue.", 408);

  public static SocketTimeouts from(com.typesafe.config.Config root) {
    return new SocketTimeouts(root.getDuration("shop-agent.chat.hello-timeout"),
        root.getDuration("akka.http.server.idle-timeout"));
  }

  ChatError helloMissing() {
    return new ChatError("hello_timeout", "No hello frame within " + hello.toSeconds() + " s; the connection is closed.",
        408);
  }

  /**
   * Runs {@code closeIdle} once the client's last frame is older than {@link #idle}, checked every
   * quarter of it. A timer rather than a stream idle timeout: that one cancels the inbound side
   * with an error, which akka-http answers with close code 1011 and logs as a handler failure.
   */
  Cancellable watchIdle(ActorSystem<?> system, LongSupplier lastFrameNanos, Runnable closeIdle) {
    Duration tick = idle.dividedBy(4);
    AtomicBoolean fired = new AtomicBoolean();
    return system.scheduler().scheduleWithFixedDelay(tick, tick, () -> {
      if (System.nanoTime() - lastFrameNanos.getAsLong() > idle.toNanos() && fired.compareAndSet(false, true)) {
        closeIdle.run();
      }
    }, system.executionContext());
  }

  /** Runs {@code expire} once the hello deadline passes, unless a hello was seen by then. */
  Cancellable watchHello(ActorSystem<?> system, BooleanSupplier helloSeen, Runnable expire) {
    return system.scheduler().scheduleOnce(hello, () -> {
      if (!helloSeen.getAsBoolean()) {
        expire.run();
      }
    }, system.executionContext());
  }
}
