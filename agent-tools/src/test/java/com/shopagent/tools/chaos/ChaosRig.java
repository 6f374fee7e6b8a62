package com.shopagent.tools.chaos;

import com.shopagent.core.tooling.Tool;
import com.shopagent.tools.kb.ChunkEmbedder;
import com.shopagent.tools.kb.LuceneKnowledgeBase;
import com.shopagent.tools.kb.ReadKbTool;
import com.shopagent.tools.orders.CachedOrderSource;
import com.shopagent.tools.orders.DemoOrderStore;
import com.shopagent.tools.orders.GetOrderStatusTool;
import com.shopagent.tools.tickets.AssignmentRules;
import com.shopagent.tools.tickets.CreateTicketTool;
import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.JdbcTicketDesk;
import com.shopagent.tools.tickets.TicketDesk;
import com.shopagent.tools.tickets.OutboxSettings;
import com.shopagent.tools.tickets.TicketOutbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The three real tools on real parts: a Lucene index, the demo order store, an H2 ticket desk. */
record ChaosRig(List<Tool> tools, TicketOutbox outbox, JdbcTicketDesk desk, Database db,
    LuceneKnowledgeBase kb, ExecutorService executor) implements AutoCloseable {
  static final String CONTACT = "support@shop.example";
  static final String BASE_URL = "http://localhost:8080";

  static ChaosRig open() {
    return open(null);
  }

  /** @param deskInFront a desk wrapping the real one (a switchable outage), or null */
  static ChaosRig open(java.util.function.Function<TicketDesk, TicketDesk> deskInFront) {
    try {
      ExecutorService executor = Executors.newFixedThreadPool(4);
      LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(Files.createTempDirectory("chaos-kb"),
          ChunkEmbedder.allMiniLmL6V2());
      Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
      db.migrate(JdbcTicketDesk.MIGRATIONS);
      JdbcTicketDesk desk = new JdbcTicketDesk(db, executor, BASE_URL, AssignmentRules.defaults());
      // no backoff: a test drains again at once instead of waiting for the next slot
      TicketOutbox outbox = new TicketOutbox(db, executor, BASE_URL,
          new OutboxSettings(5, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2), 50), Clock.systemUTC());
      TicketDesk front = deskInFront == null ? desk : deskInFront.apply(desk);
      Path orders = Files.exists(Path.of("..", "config")) ? Path.of("..", "config", "demo", "orders", "orders.json")
          : Path.of("config", "demo", "orders", "orders.json");
      List<Tool> tools = List.of(
          new ReadKbTool(kb, executor, CONTACT),
          new GetOrderStatusTool(new CachedOrderSource(DemoOrderStore.load(orders), Duration.ofMinutes(5)), executor),
          new CreateTicketTool(front, outbox, CONTACT));
      return new ChaosRig(tools, outbox, desk, db, kb, executor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    db.close();
    try {
      kb.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
