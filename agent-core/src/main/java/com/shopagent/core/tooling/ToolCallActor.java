package com.shopagent.core.tooling;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import com.shopagent.core.metrics.AgentMetrics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Runs one tool call: attempts with a per-attempt timeout and exponential backoff inside the
 * tool's budget, then the tool's fallback. Answers exactly once and stops.
 */
public final class ToolCallActor extends AbstractBehavior<ToolCallActor.Command> {

  public sealed interface Command {}

  private record Attempted(int attempt, ToolOutput output, Throwable failure) implements Command {}

  private record Retry(int attempt) implements Command {}

  private record FellBack(ToolOutput output, Throwable failure) implements Command {}

  private enum BudgetSpent implements Command { INSTANCE }

  /** Share of the budget the attempts may use; the rest is kept for the fallback. */
  private static final double ATTEMPT_SHARE = 0.8;

  private final Tool tool;
  private final ToolRequest request;
  private final ToolRequest resolved;
  private final ToolContext toolContext;
  private final ActorRef<ToolOutcome> replyTo;
  private final TimerScheduler<Command> timers;
  private final long startNanos = System.nanoTime();
  private final Duration attemptTimeout;
  private String lastError = "";
  private int attemptsMade;
  private boolean fallingBack;

  public static Behavior<Command> create(
      Tool tool, ToolRequest request, ToolContext toolContext, ActorRef<ToolOutcome> replyTo) {
    return create(tool, request, request, toolContext, replyTo);
  }

  /**
   * @param resolved the request the tool really runs with (PII tokens replaced by their values);
   *     only {@code request}, with tokens, ever leaves this actor in the outcome
   */
  public static Behavior<Command> create(Tool tool, ToolRequest request, ToolRequest resolved,
      ToolContext toolContext, ActorRef<ToolOutcome> replyTo) {
    return Behaviors.setup(ctx -> Behaviors.withTimers(
        timers -> new ToolCallActor(ctx, timers, tool, request, resolved, toolContext, replyTo)));
  }

  private ToolCallActor(
      ActorContext<Command> ctx,
      TimerScheduler<Command> timers,
      Tool tool,
      ToolRequest request,
      ToolRequest resolved,
      ToolContext toolContext,
      ActorRef<ToolOutcome> replyTo) {
    super(ctx);
    this.tool = tool;
    this.request = request;
    this.resolved = resolved;
    this.toolContext = toolContext;
    this.replyTo = replyTo;
    this.timers = timers;
    ToolSpec spec = tool.spec();
    long attemptBudget = (long) (spec.timeout().toMillis() * ATTEMPT_SHARE);
    long pauses = spec.backoff().toMillis() * ((1L << Math.max(0, spec.attempts() - 1)) - 1);
    this.attemptTimeout = Duration.ofMillis(Math.max(50, (attemptBudget - pauses) / Math.max(1, spec.attempts())));
    timers.startSingleTimer(BudgetSpent.INSTANCE, BudgetSpent.INSTANCE, Duration.ofMillis(attemptBudget));
    attempt(1);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Attempted.class, this::onAttempted)
        .onMessage(Retry.class, r -> {
          attempt(r.attempt());
          return this;
        })
        .onMessage(BudgetSpent.class, b -> fallback("timed out after " + attemptsMade + " attempt(s)"))
        .onMessage(FellBack.class, this::onFellBack)
        .build();
  }

  private void attempt(int n) {
    attemptsMade = n;
    CompletionStage<ToolOutput> call = guarded(() -> tool.execute(resolved, toolContext))
        .toCompletableFuture()
        .orTimeout(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS);
    getContext().pipeToSelf(call, (out, err) -> new Attempted(n, out, err));
  }

  private Behavior<Command> onAttempted(Attempted a) {
    if (fallingBack || a.attempt() != attemptsMade) {
      return this; // a late answer from an attempt we already gave up on
    }
    if (a.failure() == null) {
      return finish(ToolOutcome.Status.OK, a.output(), null);
    }
    lastError = describe(a.failure());
    if (a.attempt() < tool.spec().attempts()) {
      Duration pause = tool.spec().backoff().multipliedBy(1L << (a.attempt() - 1));
      timers.startSingleTimer(new Retry(a.attempt() + 1), pause);
      return this;
    }
    return fallback(lastError);
  }

  private Behavior<Command> fallback(String why) {
    if (fallingBack) {
      return this;
    }
    fallingBack = true;
    lastError = why;
    timers.cancelAll();
    long left = Math.max(50, tool.spec().timeout().toMillis() - elapsedMs());
    CompletionStage<ToolOutput> fb = guarded(() -> tool.fallback(resolved, toolContext, why))
        .toCompletableFuture()
        .orTimeout(left, TimeUnit.MILLISECONDS);
    getContext().pipeToSelf(fb, FellBack::new);
    return this;
  }

  private Behavior<Command> onFellBack(FellBack f) {
    if (f.failure() != null) {
      return finish(ToolOutcome.Status.FAILED, null, lastError + "; fallback failed: " + describe(f.failure()));
    }
    return finish(ToolOutcome.Status.FALLBACK, f.output(), lastError);
  }

  private Behavior<Command> finish(ToolOutcome.Status status, ToolOutput output, String error) {
    long latency = elapsedMs();
    AgentMetrics.toolCall(request.tool(), status.name().toLowerCase(java.util.Locale.ROOT), latency);
    replyTo.tell(new ToolOutcome(
        request.requestId(), request.tool(), request.arguments(), status, output, attemptsMade, latency, error));
    return Behaviors.stopped();
  }

  private long elapsedMs() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** A tool that throws instead of failing its stage must not crash the turn. */
  private static CompletionStage<ToolOutput> guarded(java.util.function.Supplier<CompletionStage<ToolOutput>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static String describe(Throwable t) {
    Throwable root = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    if (root instanceof java.util.concurrent.TimeoutException) {
      return "attempt timed out";
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
