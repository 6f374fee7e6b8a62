package com.shopagent.http.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.shopagent.http.kafka.EmbeddedKafka;
import com.shopagent.tools.orders.UpdateUserNoteTool;
import com.shopagent.tools.orders.WooCommerceSettings;
import com.shopagent.tools.tasks.SendEmailTool;
import com.shopagent.tools.tasks.SmtpSettings;
import com.shopagent.tools.tasks.Task;
import com.shopagent.tools.tasks.TaskPayloads;
import com.shopagent.tools.tasks.TaskStore;
import com.shopagent.tools.tickets.Database;
import com.typesafe.config.ConfigFactory;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relay and worker against the real embedded Kafka broker, GreenMail SMTP and a WooCommerce stand-in. */
class TasksRestartTest {
  private static EmbeddedKafka kafka;

  @TempDir
  Path dir;

  @BeforeAll
  static void startKafka(@TempDir Path kafkaDir) {
    kafka = EmbeddedKafka.start(kafkaDir, 0, Duration.ofSeconds(90));
    kafka.ensureTopics(Map.of("agent.tasks.v1", 2));
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @Test
  void should_deliver_each_email_and_note_once_when_the_process_dies_mid_queue() throws Exception {
    int smtpPort = freePort();
    TaskSettings settings = settings(20, Duration.ofMillis(200));
    try (WooNotesStandIn shop = new WooNotesStandIn()) {
      Database db = open();
      TaskStore store = new TaskStore(db);
      List<String> emails = List.of(email(store, "alice@example.com"), email(store, "bob@example.com"));
      List<String> notes = List.of(note(store, 723), note(store, 724));

      // first process: mail server down, so both emails are mid-retry when it dies
      Run first = Run.start(db, settings, smtp(smtpPort), woo(shop));
      // notes recorded as delivered before the kill: a kill between the POST and that record is
      // the one documented window (docs/TASKS.md) where a side effect can repeat; not this test's subject
      await(() -> emails.stream().allMatch(id -> store.find(id).orElseThrow().attempts() >= 1)
          && notes.stream().allMatch(id -> store.find(id).orElseThrow().status().equals(Task.DELIVERED)),
          "published, notes posted, emails failing");
      first.kill();
      db.close();

      GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      try {
        Database db2 = open();
        TaskStore store2 = new TaskStore(db2);
        Run second = Run.start(db2, settings, smtp(smtpPort), woo(shop));
        try {
          await(() -> emails.stream().allMatch(id -> store2.find(id).orElseThrow().status().equals(Task.DELIVERED)),
              "emails delivered after the restart");
          MimeMessage[] received = mail.getReceivedMessages();
          assertEquals(List.of("alice@example.com", "bob@example.com"), Arrays.stream(received)
              .map(TasksRestartTest::recipient).sorted().toList());
          assertEquals(2, Arrays.stream(received).map(TasksRestartTest::taskHeader).distinct().count());
          assertEquals(List.of(723L, 724L), shop.received().stream().map(WooNotesStandIn.Received::orderId)
              .sorted().toList(), "one note per order, none twice");
          assertTrue(shop.received().get(0).body().contains("\"customer_note\":false"), shop.received().get(0).body());
          notes.forEach(id -> assertEquals(Task.DELIVERED, store2.find(id).orElseThrow().status()));
        } finally {
          second.kill();
          db2.close();
        }
      } finally {
        mail.stop();
      }
    }
  }

  @Test
  void should_dead_letter_an_email_after_the_last_attempt_when_smtp_is_down() throws Exception {
    try (WooNotesStandIn shop = new WooNotesStandIn(); Database db = open()) {
      TaskStore store = new TaskStore(db);
      String id = email(store, "carol@example.com");
      Run run = Run.start(db, settings(3, Duration.ofMillis(50)), smtp(freePort()), woo(shop));
      try {
        await(() -> store.find(id).orElseThrow().status().equals(Task.DEAD), "dead-lettered");
        assertEquals(3, store.find(id).orElseThrow().attempts());
      } finally {
        run.kill();
      }
    }
  }

  /** One process: its own actor system and blocking pool, killed without a graceful stop. */
  private record Run(ActorSystem<Void> system, ExecutorService blocking, TasksSetup.Running tasks) {
    static Run start(Database db, TaskSettings settings, SmtpSettings smtp, WooCommerceSettings woo) {
      ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "tasks-" + UUID.randomUUID().toString().substring(0, 8),
          ConfigFactory.parseString("akka.loglevel = WARNING").withFallback(ConfigFactory.load()));
      ExecutorService blocking = Executors.newFixedThreadPool(4);
      return new Run(system, blocking, TasksSetup.start(system, db, kafka.bootstrapServers(), settings, smtp, woo,
          blocking));
    }

    /** The worker dies mid-task; the producer is closed so its client does not outlive the test. */
    void kill() throws Exception {
      blocking.shutdownNow();
      tasks.relay().cancel();
      tasks.producer().close().toCompletableFuture().get(30, TimeUnit.SECONDS);
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private TaskSettings settings(int maxAttempts, Duration backoff) {
    return new TaskSettings("agent.tasks.v1", "tasks-test-" + UUID.randomUUID(), Duration.ofMillis(100), 10,
        maxAttempts, backoff);
  }

  private Database open() {
    Database db = Database.open("jdbc:h2:file:" + dir.resolve("agent"), "sa", "");
    db.migrate(TaskStore.MIGRATIONS);
    return db;
  }

  private static String email(TaskStore store, String to) {
    return store.enqueue(SendEmailTool.KIND, "k-" + to, "guest:1",
        TaskPayloads.write(Map.of("to", to, "subject", "Your ticket", "body", "Reference T-000001")));
  }

  private static String note(TaskStore store, long order) {
    return store.enqueue(UpdateUserNoteTool.KIND, "k-" + order, "user:101",
        TaskPayloads.write(Map.of("order_id", String.valueOf(order), "note", "Please leave it at the door")));
  }

  private static SmtpSettings smtp(int port) {
    return new SmtpSettings("127.0.0.1", port, "support@shop.example", "", "", false, Duration.ofSeconds(2));
  }

  private static WooCommerceSettings woo(WooNotesStandIn shop) {
    return new WooCommerceSettings(shop.url(), "ck_test", "cs_test", "", Duration.ofSeconds(2), 0,
        Duration.ofMillis(50), Duration.ofMinutes(5), false, Path.of("none"));
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String taskHeader(MimeMessage m) {
    try {
      return m.getHeader("X-Shop-Agent-Task")[0];
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within 60 s: " + what);
      }
      Thread.sleep(50);
    }
  }
}
