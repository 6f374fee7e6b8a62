package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.tools.tasks.TaskPayloads;
import com.shopagent.tools.tasks.TaskStore;
import com.shopagent.tools.tickets.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateUserNoteToolTest {
  private static final Order ALICES = new Order(10283, "10283", "processing", 101, "alice@example.com",
      List.of(), List.of(), List.of(), LocalDate.of(2026, 12, 1));

  @TempDir
  Path dir;
  private Database db;
  private TaskStore store;
  private UpdateUserNoteTool tool;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  @BeforeEach
  void open() {
    db = Database.open("jdbc:h2:file:" + dir.resolve("agent"), "sa", "");
    db.migrate(TaskStore.MIGRATIONS);
    store = new TaskStore(db);
    OrderSource shop = (id, budget) -> id == ALICES.id() ? Optional.of(ALICES) : Optional.empty();
    tool = new UpdateUserNoteTool(shop, store, executor);
  }

  @AfterEach
  void close() {
    db.close();
    executor.shutdownNow();
  }

  @Test
  void should_queue_a_staff_note_on_the_signed_in_customers_own_order() {
    String answer = run(GetOrderStatusToolTest.ALICE, "10283", "Leave it at the door");
    assertTrue(answer.startsWith("Note queued for your order ending in 0283 with reference Q-"), answer);
    Map<String, String> payload = TaskPayloads.read(store.pending(10).get(0).payload());
    assertEquals(Map.of("order_id", "10283", "note", "Leave it at the door"), payload);
  }

  @Test
  void should_answer_another_customers_order_like_an_unknown_one_and_queue_nothing() {
    String others = run(GetOrderStatusToolTest.BEN, "10283", "Send it to me instead");
    String unknown = run(GetOrderStatusToolTest.BEN, "99999", "Send it to me instead");
    assertEquals(String.format(UpdateUserNoteTool.REFUSED, "0283"), others);
    assertEquals(String.format(UpdateUserNoteTool.REFUSED, "9999"), unknown);
    assertEquals(0, store.pending(10).size());
  }

  @Test
  void should_refuse_a_guest_even_with_the_right_billing_email() {
    var request = new ToolRequest("n-1", UpdateUserNoteTool.NAME,
        Map.of("order_id", "10283", "note", "hi", "billing_email", "alice@example.com"));
    String answer = text(tool.execute(request, new ToolContext("s", "t", GetOrderStatusToolTest.GUEST, "k")));
    assertEquals(String.format(UpdateUserNoteTool.REFUSED, "0283"), answer);
    assertEquals(0, store.pending(10).size());
  }

  @Test
  void should_refuse_an_empty_or_overlong_note() {
    assertTrue(run(GetOrderStatusToolTest.ALICE, "10283", "").startsWith("No note was added"));
    assertTrue(run(GetOrderStatusToolTest.ALICE, "10283", "n".repeat(1001)).startsWith("No note was added"));
    assertEquals(0, store.pending(10).size());
  }

  private String run(Identity who, String order, String note) {
    var request = new ToolRequest("n-1", UpdateUserNoteTool.NAME, Map.of("order_id", order, "note", note));
    return text(tool.execute(request, new ToolContext("s-1", "t-1", who, "t-1:n-1:" + order + who.subject())));
  }

  private static String text(java.util.concurrent.CompletionStage<ToolOutput> out) {
    return ((ToolOutput.Text) out.toCompletableFuture().join()).text();
  }
}
