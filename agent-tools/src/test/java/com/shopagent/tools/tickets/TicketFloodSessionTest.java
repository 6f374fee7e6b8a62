package com.shopagent.tools.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.persistence.testkit.PersistenceTestKitPlugin;
import akka.persistence.testkit.PersistenceTestKitSnapshotPlugin;
import com.shopagent.core.brain.OfflineBrain;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Identity;
import com.shopagent.core.policy.RateLimit;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.session.SessionDeps;
import com.shopagent.core.session.SessionSettings;
import com.shopagent.core.tooling.ToolRegistry;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Security review finding 3 (ticket floods), through the real session, offline brain, tool actor
 * and an H2 desk: the 11th ticket in an hour is refused and the customer gets the contact route.
 */
class TicketFloodSessionTest {
  static final String CONTACT = "support@shop.example";
  static final ActorTestKit testKit = ActorTestKit.create(
      ConfigFactory.parseString("shop-agent.encryption.keys = \"test:6Cx8DPAw6xKV9w48vkRoNsTbQvvpBFzUjE7JLaXQZbs=\"")
          .withFallback(PersistenceTestKitPlugin.getInstance().config())
          .withFallback(PersistenceTestKitSnapshotPlugin.config())
          .withFallback(ConfigFactory.load()));
  static final Hashing hashing = new Hashing("test-secret");
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  private final JdbcTicketDesk desk;
  private final ToolRegistry tools;

  TicketFloodSessionTest() {
    db.migrate(JdbcTicketDesk.MIGRATIONS);
    desk = new JdbcTicketDesk(db, executor, "http://localhost:8080", AssignmentRules.defaults());
    var outbox = new TicketOutbox(db, executor, "http://localhost:8080");
    var quota = new TicketQuota(new RateLimit(10, 10, Duration.ofHours(1)), new RateLimit(20, 20, Duration.ofHours(1)));
    tools = new ToolRegistry(List.of(new CreateTicketTool(desk, outbox, CONTACT, quota)));
  }

  @AfterEach
  void close() {
    executor.shutdownNow();
    db.close();
  }

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
  }

  private Reply askForAPerson(Identity who) {
    var deps = new SessionDeps(new OfflineBrain(CONTACT), tools, new Redactor(hashing), hashing,
        SessionSettings.defaults(), List.of(CONTACT));
    var session = testKit.spawn(SessionActor.create("s-" + UUID.randomUUID(), deps));
    TestProbe<SessionActor.TurnResult> probe = testKit.createTestProbe();
    session.tell(new SessionActor.Say(who, "I want to talk to a human", "c-1", probe.getRef()));
    return assertInstanceOf(SessionActor.Replied.class, probe.receiveMessage(Duration.ofSeconds(20))).reply();
  }

  @Test
  void should_refuse_the_11th_ticket_of_one_guest_in_an_hour_with_the_contact_route() {
    Identity guest = Identity.guest("flood-" + UUID.randomUUID());
    for (int i = 1; i <= 10; i++) {
      assertNotNull(askForAPerson(guest).ticket(), "ticket " + i);
    }
    Reply eleventh = askForAPerson(guest);
    assertNull(eleventh.ticket());
    assertTrue(eleventh.text().contains(CONTACT), eleventh.text());
    assertEquals(10, desk.recent(100).size());
  }

  @Test
  void should_refuse_tickets_beyond_the_hourly_budget_of_one_address_whatever_the_guest() {
    // without a token every request is a new guest: only the client's address ties them together
    for (int i = 1; i <= 20; i++) {
      assertNotNull(askForAPerson(Identity.guest("g-" + UUID.randomUUID()).withNetwork("203.0.113.9")).ticket());
    }
    Reply refused = askForAPerson(Identity.guest("g-" + UUID.randomUUID()).withNetwork("203.0.113.9"));
    assertNull(refused.ticket());
    assertTrue(refused.text().contains(CONTACT), refused.text());
    assertNotNull(askForAPerson(Identity.guest("g-" + UUID.randomUUID()).withNetwork("198.51.100.4")).ticket(),
        "another address is not affected");
  }
}
