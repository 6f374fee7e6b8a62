package com.shopagent.http.tasks;

import akka.Done;
import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import akka.kafka.javadsl.SendProducer;
import com.shopagent.tools.tasks.Task;
import com.shopagent.tools.tasks.TaskStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes pending task rows to the task topic, keyed and valued by task id (the payload stays
 * in the database, sealed). A row is marked published only after Kafka acknowledged it, so a
 * crash in between publishes it again: the worker's ledger makes that harmless.
 */
final class TaskRelay {
  private static final Logger log = LoggerFactory.getLogger(TaskRelay.class);

  private final TaskStore store;
  private final SendProducer<String, String> producer;
  private final TaskSettings settings;
  private final Executor blocking;
  private final AtomicBoolean busy = new AtomicBoolean();

  TaskRelay(TaskStore store, SendProducer<String, String> producer, TaskSettings settings, Executor blocking) {
    this.store = store;
    this.producer = producer;
    this.settings = settings;
    this.blocking = blocking;
  }

  Cancellable schedule(ActorSystem<?> system) {
    return system.scheduler().scheduleWithFixedDelay(settings.relayInterval(), settings.relayInterval(),
        this::tick, system.executionContext());
  }

  /** One pass; skipped while the previous one is still running. */
  private void tick() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    CompletableFuture.supplyAsync(() -> store.pending(settings.relayBatch()), blocking)
        .thenCompose(this::publish)
        .whenComplete((done, e) -> {
          busy.set(false);
          if (e != null) {
            log.warn("task relay pass failed, next pass retries: {}", e.toString());
          }
        });
  }

  private CompletionStage<Done> publish(List<Task> tasks) {
    CompletableFuture<?>[] sends = tasks.stream()
        .map(t -> producer.send(new ProducerRecord<>(settings.topic(), t.id(), t.kind())).toCompletableFuture()
            .thenRunAsync(() -> store.markPublished(t.id()), blocking))
        .toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(sends).thenApply(v -> Done.getInstance());
  }
}
