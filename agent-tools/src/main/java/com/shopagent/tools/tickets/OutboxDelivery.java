package com.shopagent.tools.tickets;

import com.shopagent.core.model.TicketRef;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One drain pass: claim each due row, hand it to the desk, record done, retry later or dead. */
final class OutboxDelivery {
  private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
  private static final int MAX_ERROR = 1000;

  private final OutboxStore store;
  private final Executor executor;
  private final OutboxSettings settings;
  private final Clock clock;

  OutboxDelivery(OutboxStore store, Executor executor, OutboxSettings settings, Clock clock) {
    this.store = store;
    this.executor = executor;
    this.settings = settings;
    this.clock = clock;
  }

  CompletionStage<DrainResult> drain(TicketDesk desk) {
    return CompletableFuture.supplyAsync(
            () -> blocking(() -> store.due(Sql.now(clock), settings.batchSize())), executor)
        .thenCompose(rows -> deliverAll(rows, desk));
  }

  // one row at a time: a desk that just recovered is not hit by a whole batch at once
  private CompletionStage<DrainResult> deliverAll(List<OutboxStore.Pending> rows, TicketDesk desk) {
    CompletionStage<DrainResult> result = CompletableFuture.completedFuture(DrainResult.NONE);
    for (OutboxStore.Pending row : rows) {
      result = result.thenCompose(sum -> deliver(row, desk).thenApply(sum::plus));
    }
    return result;
  }

  private CompletionStage<DrainResult> deliver(OutboxStore.Pending row, TicketDesk desk) {
    return CompletableFuture.supplyAsync(() -> blocking(() -> claim(row)), executor)
        .thenCompose(claimed -> {
          if (!claimed) {
            return CompletableFuture.completedFuture(DrainResult.NONE); // another drain has it
          }
          return call(row, desk)
              .handleAsync((ref, error) -> blocking(() -> record(row, ref, error)), executor);
        });
  }

  /** The lease outlasts the call, so no other drain takes the row while this one waits. */
  private boolean claim(OutboxStore.Pending row) throws SQLException {
    Instant now = Sql.now(clock);
    return store.claim(row.info().ref(), now, now.plus(settings.callTimeout().multipliedBy(2)));
  }

  private CompletableFuture<TicketRef> call(OutboxStore.Pending row, TicketDesk desk) {
    try {
      return desk.create(TicketOutbox.parse(row.payload()))
          .toCompletableFuture()
          .thenApply(ref -> ref) // a copy: the timeout must not complete the desk's own future
          .orTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private DrainResult record(OutboxStore.Pending row, TicketRef ref, Throwable error) throws SQLException {
    String queuedRef = row.info().ref();
    int attempts = row.info().attempts() + 1;
    Instant now = Sql.now(clock);
    if (error == null && ref != null && !ref.queued()) {
      store.recordAttempt(queuedRef, attempts, QueuedTicket.DONE, ref.id(), null, now);
      return new DrainResult(1, 0, 0);
    }
    String reason = describe(error);
    if (attempts >= settings.maxAttempts()) {
      store.recordAttempt(queuedRef, attempts, QueuedTicket.DEAD, null, reason, now);
      log.warn("ticket request {} dead-lettered after {} attempts: {}", queuedRef, attempts, reason);
      return new DrainResult(0, 0, 1);
    }
    Instant next = now.plus(settings.backoff(attempts));
    store.recordAttempt(queuedRef, attempts, QueuedTicket.PENDING, null, reason, next);
    return new DrainResult(0, 1, 0);
  }

  private static String describe(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String text = cause == null ? "desk answered without a ticket"
        : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
  }

  private interface SqlCall<T> {
    T run() throws SQLException;
  }

  private static <T> T blocking(SqlCall<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new CompletionException(e);
    }
  }
}
