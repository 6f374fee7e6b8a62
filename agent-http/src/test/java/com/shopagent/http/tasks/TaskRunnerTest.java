package com.shopagent.http.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopagent.tools.tasks.Task;
import com.shopagent.tools.tasks.TaskPayloads;
import com.shopagent.tools.tasks.TaskStore;
import com.shopagent.tools.tickets.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRunnerTest {
  @TempDir
  Path dir;
  private final ExecutorService blocking = Executors.newFixedThreadPool(2);
  private Database db;
  private TaskStore store;

  @BeforeEach
  void open() {
    db = Database.open("jdbc:h2:file:" + dir.resolve("agent"), "sa", "");
    db.migrate(TaskStore.MIGRATIONS);
    store = new TaskStore(db);
  }

  @AfterEach
  void close() {
    db.close();
    blocking.shutdownNow();
  }

  @Test
  void should_execute_a_redelivered_task_once_when_the_ledger_has_it() throws Exception {
    String id = store.enqueue("email", "k-1", "guest:1", TaskPayloads.write(Map.of("to", "a@example.com")));
    AtomicInteger sent = new AtomicInteger();
    TaskRunner runner = new TaskRunner(store, Map.of("email", (taskId, payload) -> sent.incrementAndGet()),
        new TaskSettings("t", "g", Duration.ofSeconds(1), 10, 3, Duration.ofMillis(10)), blocking);
    runner.run(id).toCompletableFuture().get(10, TimeUnit.SECONDS);
    runner.run(id).toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(1, sent.get());
    assertEquals(Task.DELIVERED, store.find(id).orElseThrow().status());
  }

  @Test
  void should_retry_with_backoff_and_deliver_when_a_later_attempt_succeeds() throws Exception {
    String id = store.enqueue("order_note", "k-2", "user:101", TaskPayloads.write(Map.of("order_id", "723")));
    AtomicInteger tries = new AtomicInteger();
    TaskRunner runner = new TaskRunner(store, Map.of("order_note", (taskId, payload) -> {
      if (tries.incrementAndGet() < 3) {
        throw new IllegalStateException("WooCommerce answered 503");
      }
    }), new TaskSettings("t", "g", Duration.ofSeconds(1), 10, 5, Duration.ofMillis(10)), blocking);
    runner.run(id).toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(3, tries.get());
    Task task = store.find(id).orElseThrow();
    assertEquals(Task.DELIVERED, task.status());
    assertEquals(3, task.attempts());
  }
}
