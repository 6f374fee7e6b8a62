package com.shopagent.tools.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Identity;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the ticket desk, its outbox and the tool promise, run against H2 and PostgreSQL. */
abstract class TicketDeskContract {
  static final String BASE_URL = "https://agent.example.test/";
  static final Duration CALL_TIMEOUT = Duration.ofMillis(500);
  static final int MAX_ATTEMPTS = 3;

  final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:15:30.123456789Z"));
  final List<Database> opened = new ArrayList<>();
  ExecutorService executor;
  Database db;
  JdbcTicketDesk desk;
  TicketOutbox outbox;

  /** A new pool on this test's store: the same store each time it is called within one test. */
  protected abstract Database openDatabase();

  /** Removes this test's store; every pool on it is closed by then. */
  protected abstract void dropStore();

  @BeforeEach
  void openDesk() {
    executor = Executors.newFixedThreadPool(8);
    db = open();
    desk = new JdbcTicketDesk(db, executor, BASE_URL, AssignmentRules.defaults(), clock);
    OutboxSettings settings =
        new OutboxSettings(MAX_ATTEMPTS, Duration.ofSeconds(10), Duration.ofMinutes(1), CALL_TIMEOUT, 50);
    outbox = new TicketOutbox(db, executor, BASE_URL, settings, clock);
  }

  @AfterEach
  void closeDesk() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    opened.forEach(Database::close);
    dropStore();
  }

  Database open() {
    Database database = openDatabase();
    opened.add(database);
    database.migrate(JdbcTicketDesk.MIGRATIONS);
    return database;
  }

  @Test
  void should_create_a_ticket_and_find_it_with_its_fields() {
    TicketRef ref = await(desk.create(ticket("k-1")));

    assertTrue(ref.id().matches("T-\\d{6}"), ref.id());
    assertEquals("https://agent.example.test/v1/tickets/" + ref.id(), ref.url());
    assertFalse(ref.queued());
    Ticket found = desk.find(ref.id()).orElseThrow();
    assertEquals(ref.id(), found.id());
    assertEquals("k-1", found.idempotencyKey());
    assertEquals("Wants a refund for order 1234", found.subject());
    assertEquals("Customer says the mug arrived broken.", found.body());
    assertEquals("user:42", found.requesterSubject());
    assertEquals("session-1", found.sessionId());
    assertEquals("refund", found.category());
    assertEquals("high", found.priority(), "refunds are high by default");
    assertEquals("billing", found.assignee());
    assertEquals(Ticket.OPEN, found.status());
    assertEquals(Instant.parse("2025-03-01T10:15:30.123456Z"), found.createdAt());
    assertEquals(ref.url(), found.url());
    assertTrue(found.requestedBy("user:42"));
    assertFalse(found.requestedBy("user:43"));
    assertEquals(List.of(found), desk.recent(10));
  }

  @Test
  void should_keep_ticket_subjects_bodies_and_queued_requests_sealed_at_rest() throws Exception {
    db.sealing(com.shopagent.core.privacy.TextCipher.fromRing(com.shopagent.core.privacy.TextCipher.newRingEntry("k1")));
    TicketRef ref = await(desk.create(ticket("k-sealed")));
    await(outbox.enqueue(ticket("k-queued")));
    try (var c = db.connection(); var st = c.createStatement()) {
      var rs = st.executeQuery("SELECT body, subject FROM tickets");
      rs.next();
      // a whole phrase: three letters turn up in base64 ciphertext by chance about once in 400 runs
      assertFalse(rs.getString(1).contains("mug arrived broken"), "the stored body must not be readable");
      // security review finding 6: the subject starts with the customer's own words
      assertFalse(rs.getString(2).contains("refund for order"), "the stored subject must not be readable");
      rs = st.executeQuery("SELECT payload FROM ticket_outbox");
      rs.next();
      assertFalse(rs.getString(1).contains("mug arrived broken"), "the stored outbox payload must not be readable");
    }
    assertEquals("Customer says the mug arrived broken.", desk.find(ref.id()).orElseThrow().body());
    assertEquals("Wants a refund for order 1234", desk.find(ref.id()).orElseThrow().subject());
  }

  @Test
  void should_find_nothing_for_unknown_or_foreign_ids() {
    await(desk.create(ticket("k-1")));

    assertTrue(desk.find("T-999999").isEmpty());
    assertTrue(desk.find("Q-ABCDEFGH").isEmpty());
    assertTrue(desk.find("1; DROP TABLE tickets").isEmpty());
  }

  @Test
  void should_list_recent_tickets_newest_first() {
    TicketRef first = await(desk.create(ticket("k-1")));
    TicketRef second = await(desk.create(ticket("k-2")));

    assertEquals(List.of(second.id(), first.id()), desk.recent(10).stream().map(Ticket::id).toList());
    assertEquals(List.of(second.id()), desk.recent(1).stream().map(Ticket::id).toList());
  }

  @Test
  void should_return_the_same_ticket_when_the_key_repeats() {
    TicketRef first = await(desk.create(ticket("k-1")));
    TicketRef again = await(desk.create(ticket("k-1")));

    assertEquals(first, again);
    assertEquals(1, ticketsWithKey("k-1"));
  }

  @Test
  void should_refuse_a_key_that_another_requester_used() {
    TicketRef mine = await(desk.create(ticket("k-1")));
    NewTicket theirs = new NewTicket("k-1", "Other", "Other body", "guest:x", "session-2", "human", null);

    Throwable deskError = desk.create(theirs).toCompletableFuture().handle((ok, e) -> e).join();
    await(outbox.enqueue(ticket("k-2")));
    NewTicket theirsQueued = new NewTicket("k-2", "Other", "Other body", "guest:x", "session-2", "human", null);
    Throwable outboxError = outbox.enqueue(theirsQueued).toCompletableFuture().handle((ok, e) -> e).join();

    assertInstanceOf(IllegalStateException.class, deskError.getCause());
    assertFalse(deskError.getMessage().contains(mine.id()), "must not leak the other ticket");
    assertInstanceOf(IllegalStateException.class, outboxError.getCause());
    assertEquals(1, ticketsWithKey("k-1"));
  }

  @Test
  void should_make_one_ticket_when_eight_threads_share_a_key() throws Exception {
    List<TicketRef> refs = concurrently(() -> desk.create(ticket("k-race")));

    assertEquals(1, refs.stream().distinct().count(), refs.toString());
    assertEquals(1, ticketsWithKey("k-race"));
  }

  @Test
  void should_queue_one_row_when_eight_threads_enqueue_a_key() throws Exception {
    List<TicketRef> refs = concurrently(() -> outbox.enqueue(ticket("k-race")));

    assertEquals(1, refs.stream().distinct().count(), refs.toString());
    assertTrue(refs.get(0).queued());
    assertEquals(1, outboxRowsWithKey("k-race"));
  }

  @Test
  void should_keep_the_request_while_the_desk_is_down_and_deliver_it_once() {
    FakeDesks.Down down = new FakeDesks.Down();
    TicketRef queued = await(outbox.enqueue(ticket("k-1")));
    assertTrue(queued.queued());
    assertTrue(queued.id().matches("Q-[0-9A-Z]{8}"), queued.id());

    assertEquals(new DrainResult(0, 1, 0), await(outbox.drain(down)));
    QueuedTicket waiting = outbox.find(queued.id()).orElseThrow();
    assertEquals(QueuedTicket.PENDING, waiting.status());
    assertEquals(1, waiting.attempts());
    assertTrue(waiting.lastError().contains("desk down"), waiting.lastError());
    assertTrue(waiting.resolvedTicketId().isEmpty());
    assertEquals(0, ticketsWithKey("k-1"));

    assertEquals(DrainResult.NONE, await(outbox.drain(desk)), "not due before its backoff");
    clock.advance(Duration.ofSeconds(10));
    assertEquals(new DrainResult(1, 0, 0), await(outbox.drain(desk)));
    assertEquals(DrainResult.NONE, await(outbox.drain(desk)));

    QueuedTicket delivered = outbox.find(queued.id()).orElseThrow();
    assertEquals(QueuedTicket.DONE, delivered.status());
    Ticket ticket = desk.find(delivered.resolvedTicketId().orElseThrow()).orElseThrow();
    assertEquals("k-1", ticket.idempotencyKey());
    assertEquals(1, ticketsWithKey("k-1"));
    assertEquals(new TicketRef(ticket.id(), ticket.url(), false), await(outbox.enqueue(ticket("k-1"))));
    assertEquals(1, down.calls.get());
  }

  @Test
  void should_not_duplicate_when_the_desk_timed_out_but_made_the_ticket() {
    TicketRef queued = await(outbox.enqueue(ticket("k-1")));

    assertEquals(new DrainResult(0, 1, 0), await(outbox.drain(FakeDesks.succeedsButTimesOut(desk))));
    assertEquals(1, ticketsWithKey("k-1"), "the desk did make it");
    clock.advance(Duration.ofSeconds(10));
    assertEquals(new DrainResult(1, 0, 0), await(outbox.drain(desk)));

    assertEquals(1, ticketsWithKey("k-1"));
    String ticketId = outbox.find(queued.id()).orElseThrow().resolvedTicketId().orElseThrow();
    assertEquals("k-1", desk.find(ticketId).orElseThrow().idempotencyKey());
  }

  @Test
  void should_count_a_hanging_desk_as_a_failure() {
    TicketRef queued = await(outbox.enqueue(ticket("k-1")));

    assertEquals(new DrainResult(0, 1, 0), await(outbox.drain(FakeDesks.hanging(desk))));
    assertTrue(outbox.find(queued.id()).orElseThrow().lastError().contains("Timeout"));
  }

  @Test
  void should_dead_letter_after_the_last_attempt() {
    FakeDesks.Down down = new FakeDesks.Down();
    TicketRef queued = await(outbox.enqueue(ticket("k-1")));

    for (int i = 1; i < MAX_ATTEMPTS; i++) {
      assertEquals(new DrainResult(0, 1, 0), await(outbox.drain(down)));
      clock.advance(Duration.ofMinutes(1));
    }
    assertEquals(new DrainResult(0, 0, 1), await(outbox.drain(down)));
    clock.advance(Duration.ofHours(1));
    assertEquals(DrainResult.NONE, await(outbox.drain(desk)));

    QueuedTicket dead = outbox.find(queued.id()).orElseThrow();
    assertEquals(QueuedTicket.DEAD, dead.status());
    assertEquals(MAX_ATTEMPTS, dead.attempts());
    assertEquals(List.of(dead), outbox.deadLetters(10));
    assertEquals(MAX_ATTEMPTS, down.calls.get());
    assertEquals(0, ticketsWithKey("k-1"));
  }

  @Test
  void should_back_off_exponentially_between_attempts() {
    FakeDesks.Down down = new FakeDesks.Down();
    TicketRef queued = await(outbox.enqueue(ticket("k-1")));
    Instant start = clock.instant();

    await(outbox.drain(down));
    clock.advance(Duration.ofSeconds(10));
    await(outbox.drain(down));

    Instant next = outbox.find(queued.id()).orElseThrow().nextAttemptAt();
    assertEquals(start.plusSeconds(10 + 20).truncatedTo(java.time.temporal.ChronoUnit.MICROS), next);
  }

  @Test
  void should_open_a_real_ticket_when_the_tool_runs() {
    ToolOutput output = await(tool().execute(toolRequest(), context("call-1")));

    TicketRef ref = assertInstanceOf(ToolOutput.TicketCreated.class, output).ticket();
    assertFalse(ref.queued());
    Ticket ticket = desk.find(ref.id()).orElseThrow();
    assertEquals("guest:abc", ticket.requesterSubject());
    assertEquals("session-9", ticket.sessionId());
    assertEquals("session-9/call-1", ticket.idempotencyKey(), "keys are scoped by session");
    assertEquals("normal", ticket.priority());
  }

  @Test
  void should_open_separate_tickets_for_equal_call_keys_of_two_sessions() {
    ToolContext other = new ToolContext("session-10", "turn-1", Identity.guest("abc"), "call-1");

    TicketRef first = ((ToolOutput.TicketCreated) await(tool().execute(toolRequest(), context("call-1")))).ticket();
    TicketRef second = ((ToolOutput.TicketCreated) await(tool().execute(toolRequest(), other))).ticket();

    assertFalse(first.id().equals(second.id()));
  }

  @Test
  void should_queue_in_the_fallback_and_resolve_to_the_ticket_the_timed_out_call_made() {
    CreateTicketTool tool = new CreateTicketTool(FakeDesks.succeedsButTimesOut(desk), outbox, "help@shop.example");
    Throwable failure = tool.execute(toolRequest(), context("call-1")).toCompletableFuture()
        .handle((ok, error) -> error).join();
    assertInstanceOf(TimeoutException.class, failure.getCause());

    ToolOutput output = await(tool.fallback(toolRequest(), context("call-1"), "timeout"));

    TicketRef queued = assertInstanceOf(ToolOutput.TicketCreated.class, output).ticket();
    assertTrue(queued.queued());
    assertEquals(new DrainResult(1, 0, 0), await(outbox.drain(desk)));
    assertEquals(1, ticketsWithKey("session-9/call-1"));
    String made = desk.recent(1).get(0).id();
    assertEquals(made, outbox.find(queued.id()).orElseThrow().ticketId());
  }

  @Test
  void should_tell_the_user_to_email_when_even_the_outbox_fails() {
    db.close();

    ToolOutput output = await(tool().fallback(toolRequest(), context("call-1"), "timeout"));

    String text = assertInstanceOf(ToolOutput.Text.class, output).text();
    assertTrue(text.contains("help@shop.example"), text);
  }

  @Test
  void should_run_each_migration_once_when_opened_twice() {
    await(desk.create(ticket("k-1")));
    db.migrate(JdbcTicketDesk.MIGRATIONS);
    db.close();

    db = open();
    JdbcTicketDesk reopened = new JdbcTicketDesk(db, executor, BASE_URL, AssignmentRules.defaults(), clock);
    assertEquals(1, reopened.recent(10).size());
    int scripts = MigrationScripts.find(getClass().getClassLoader(), JdbcTicketDesk.MIGRATIONS).size();
    assertEquals(scripts, count("SELECT COUNT(*) FROM schema_version WHERE location = ?", JdbcTicketDesk.MIGRATIONS));
    TicketRef next = await(reopened.create(ticket("k-2")));
    assertTrue(next.id().compareTo(reopened.recent(10).get(1).id()) > 0);
  }

  static NewTicket ticket(String key) {
    return new NewTicket(key, "Wants a refund for order 1234", "Customer says the mug arrived broken.",
        "user:42", "session-1", "refund", null);
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("stage did not complete", e);
    }
  }

  /** Runs {@code call} on 8 threads released together, and returns their answers. */
  <T> List<T> concurrently(java.util.function.Supplier<CompletionStage<T>> call) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(callers.submit(() -> {
          start.await();
          return await(call.get());
        }));
      }
      start.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> f : futures) {
        answers.add(f.get(30, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      callers.shutdownNow();
    }
  }

  long ticketsWithKey(String key) {
    return count("SELECT COUNT(*) FROM tickets WHERE idempotency_key = ?", key);
  }

  long outboxRowsWithKey(String key) {
    return count("SELECT COUNT(*) FROM ticket_outbox WHERE idempotency_key = ?", key);
  }

  long count(String sql, String param) {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  CreateTicketTool tool() {
    return new CreateTicketTool(desk, outbox, "help@shop.example");
  }

  static ToolRequest toolRequest() {
    return new ToolRequest("req-1", CreateTicketTool.NAME, Map.of(
        "subject", "Wants a human", "body", "Customer asked to talk to a person.", "category", "human"));
  }

  static ToolContext context(String key) {
    return new ToolContext("session-9", "turn-3", Identity.guest("abc"), key);
  }
}
