package com.shopagent.http.tasks;

import akka.Done;
import com.shopagent.tools.tasks.Task;
import com.shopagent.tools.tasks.TaskHandler;
import com.shopagent.tools.tasks.TaskPayloads;
import com.shopagent.tools.tasks.TaskStore;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import com.shopagent.core.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes one task at most once: the {@code delivered_tasks} ledger is checked first and written
 * right after the side effect. Failures are retried with doubling pauses (scheduled, not slept);
 * after {@code maxAttempts} the task is dead-lettered and {@code agent_tasks_dead_total} counts it.
 * The returned stage completes only when the task is delivered or dead, so the consumer commits
 * its offset after that.
 */
final class TaskRunner {
  private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

  /** Pauses stop doubling here, so a long outage is still retried every few minutes. */
  static final Duration MAX_PAUSE = Duration.ofMinutes(5);

  private final TaskStore store;
  private final Map<String, TaskHandler> handlers;
  private final TaskSettings settings;
  private final Executor blocking;

  TaskRunner(TaskStore store, Map<String, TaskHandler> handlers, TaskSettings settings, Executor blocking) {
    this.store = store;
    this.handlers = Map.copyOf(handlers);
    this.settings = settings;
    this.blocking = blocking;
  }

  CompletionStage<Done> run(String taskId) {
    return CompletableFuture.supplyAsync(() -> store.delivered(taskId) ? Optional.<Task>empty() : store.find(taskId),
            blocking)
        .thenCompose(task -> task.filter(t -> !t.status().equals(Task.DEAD) && !t.status().equals(Task.DELIVERED))
            .map(t -> attempt(t, t.attempts() + 1))
            .orElse(CompletableFuture.completedFuture(Done.getInstance())));
  }

  private CompletionStage<Done> attempt(Task task, int attempt) {
    return CompletableFuture.supplyAsync(() -> {
      TaskHandler handler = handlers.get(task.kind());
      try {
        if (handler == null) {
          throw new IllegalStateException("no handler for task kind " + task.kind());
        }
        handler.execute(task.id(), TaskPayloads.read(task.payload()));
      } catch (Exception e) {
        return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      store.markDelivered(task.id(), attempt);
      return Optional.<String>empty();
    }, blocking).thenCompose(error -> error.map(e -> failed(task, attempt, e))
        .orElse(CompletableFuture.completedFuture(Done.getInstance())));
  }

  private CompletionStage<Done> failed(Task task, int attempt, String error) {
    boolean dead = attempt >= settings.maxAttempts();
    store.recordFailure(task.id(), attempt, error, dead);
    if (dead) {
      log.error("task {} ({}) dead-lettered after {} attempts: {}", task.id(), task.kind(), attempt, error);
      PipelineMetrics.taskDeadLettered(task.kind());
      return CompletableFuture.completedFuture(Done.getInstance());
    }
    Duration doubled = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    Duration pause = doubled.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : doubled;
    log.warn("task {} ({}) attempt {} failed, retrying in {} ms: {}", task.id(), task.kind(), attempt,
        pause.toMillis(), error);
    Executor later = CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS, blocking);
    return CompletableFuture.supplyAsync(() -> task, later).thenCompose(t -> attempt(t, attempt + 1));
  }
}
