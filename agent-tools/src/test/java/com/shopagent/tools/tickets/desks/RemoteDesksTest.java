package com.shopagent.tools.tickets.desks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.TicketRef;
import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.DrainResult;
import com.shopagent.tools.tickets.JdbcTicketDesk;
import com.shopagent.tools.tickets.NewTicket;
import com.shopagent.tools.tickets.OutboxSettings;
import com.shopagent.tools.tickets.TicketDesk;
import com.shopagent.tools.tickets.TicketOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three adapters against a stand-in that speaks Zendesk's, Freshdesk's and a webhook's shapes. */
class RemoteDesksTest {
  static final Duration TIMEOUT = Duration.ofMillis(400);
  static final String PACKET = "Summary: Customer asks for a person: I want a human\nIntent: human\nRisk tier: high\n"
      + "Why escalated: asked_for_human\nOrder: ending in 0231\n\nTranscript (redacted, oldest first):\n"
      + "Customer: my email is <EMAIL_1> & I want a human\n";

  private final HelpDeskStandIn standIn;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

  RemoteDesksTest() throws Exception {
    standIn = new HelpDeskStandIn();
    db.migrate(JdbcTicketDesk.MIGRATIONS);
  }

  @AfterEach
  void close() {
    standIn.close();
    executor.shutdownNow();
    db.close();
  }

  private TicketDesk zendesk(String token) {
    return Desks.remote(new DeskSettings("zendesk", standIn.url(), HelpDeskStandIn.ZD_EMAIL, token, "", "", TIMEOUT),
        db, executor, Clock.systemUTC());
  }

  private TicketDesk freshdesk() {
    return Desks.remote(new DeskSettings("freshdesk", standIn.url(), "", "", HelpDeskStandIn.FD_KEY, "", TIMEOUT),
        db, executor, Clock.systemUTC());
  }

  private TicketDesk webhook(String secret) {
    return Desks.remote(new DeskSettings("webhook", standIn.url().resolve("/hooks/tickets"), "", "", "", secret,
        TIMEOUT), db, executor, Clock.systemUTC());
  }

  static NewTicket ticket(String key) {
    return new NewTicket(key, "Customer asks for a person: I want a human", PACKET, "user:101", "s-1", "human", "high");
  }

  static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  static Throwable failure(CompletionStage<?> stage) {
    return assertThrows(ExecutionException.class, () -> await(stage)).getCause();
  }

  @Test
  void should_post_the_handoff_packet_to_zendesk_with_token_auth_and_its_idempotency_key() throws Exception {
    TicketRef ref = await(zendesk(HelpDeskStandIn.ZD_TOKEN).create(ticket("k-zd-1")));

    assertEquals("ZD-35437", ref.id());
    assertFalse(ref.queued());
    assertEquals(standIn.url() + "/hc/requests/35437", ref.url());
    var sent = standIn.created.get(0).path("ticket");
    assertEquals(PACKET, sent.path("comment").path("body").asText());
    assertFalse(sent.path("comment").path("public").asBoolean(true), "the packet is a private note for staff");
    assertEquals("high", sent.path("priority").asText());
    assertEquals("k-zd-1", standIn.headers.get(0).get("idempotency-key"));
  }

  @Test
  void should_get_the_first_zendesk_ticket_back_when_a_timed_out_call_is_retried() throws Exception {
    TicketDesk desk = zendesk(HelpDeskStandIn.ZD_TOKEN);
    standIn.slowNext(1, 1500);

    assertInstanceOf(DeskHttp.DeskUnavailable.class, failure(desk.create(ticket("k-zd-2"))));
    TicketRef retried = await(desk.create(ticket("k-zd-2")));

    assertEquals("ZD-35437", retried.id());
    assertEquals(1, standIn.created.size(), "one ticket for one request");
  }

  @Test
  void should_refuse_wrong_zendesk_credentials_without_retrying_blindly() {
    Throwable e = failure(zendesk("wrong-token").create(ticket("k-zd-3")));

    assertInstanceOf(DeskHttp.DeskRejected.class, e);
    assertTrue(e.getMessage().contains("401"), e.getMessage());
    assertFalse(e.getMessage().contains("wrong-token"), "no secret in messages");
    assertTrue(standIn.created.isEmpty());
  }

  @Test
  void should_keep_the_ticket_in_the_outbox_while_zendesk_answers_5xx_and_create_it_once_after() throws Exception {
    TicketDesk desk = zendesk(HelpDeskStandIn.ZD_TOKEN);
    TicketOutbox outbox = new TicketOutbox(db, executor, "http://agent.test",
        new OutboxSettings(5, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2), 10), Clock.systemUTC());
    TicketRef queued = await(outbox.enqueue(ticket("k-zd-4")));
    standIn.failNext(1, 503);

    assertEquals(new DrainResult(0, 1, 0), await(outbox.drain(desk)));
    assertEquals(new DrainResult(1, 0, 0), await(outbox.drain(desk)));
    assertEquals(DrainResult.NONE, await(outbox.drain(desk)));

    assertEquals(1, standIn.created.size());
    assertEquals("ZD-35437", outbox.find(queued.id()).orElseThrow().ticketId());
  }

  @Test
  void should_create_a_freshdesk_ticket_with_api_key_auth_and_never_twice_for_one_key() throws Exception {
    TicketDesk desk = freshdesk();

    TicketRef first = await(desk.create(ticket("k-fd-1")));
    TicketRef again = await(desk.create(ticket("k-fd-1")));

    assertEquals("FD-35437", first.id());
    assertEquals(first, again);
    assertEquals(1, standIn.created.size());
    var sent = standIn.created.get(0);
    assertEquals(3, sent.path("priority").asInt());
    assertEquals(7, sent.path("source").asInt());
    assertTrue(sent.path("description").asText().contains("&lt;EMAIL_1&gt; &amp; I want a human<br>"),
        sent.path("description").asText());
    assertEquals(DeskHttp.basic(HelpDeskStandIn.FD_KEY, "X"), standIn.headers.get(0).get("authorization"));
  }

  @Test
  void should_find_the_freshdesk_ticket_a_lost_answer_made_instead_of_posting_again() throws Exception {
    TicketDesk desk = freshdesk();
    standIn.slowNext(1, 1500);

    assertInstanceOf(DeskHttp.DeskUnavailable.class, failure(desk.create(ticket("k-fd-2"))));
    // the first call's lease (2 x timeout) must run out before another call may take the key
    TicketRef retried = awaitRetry(desk, ticket("k-fd-2"));

    assertEquals("FD-35437", retried.id());
    assertEquals(1, standIn.created.size(), "one ticket for one request");
  }

  private static TicketRef awaitRetry(TicketDesk desk, NewTicket t) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      try {
        return await(desk.create(t));
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof DeskHttp.DeskUnavailable) || System.nanoTime() > deadline) {
          throw e;
        }
      }
    }
  }

  @Test
  void should_sign_the_webhook_body_and_send_the_same_key_on_a_retry() throws Exception {
    TicketDesk desk = webhook(HelpDeskStandIn.HOOK_SECRET);

    TicketRef first = await(desk.create(ticket("k-wh-1")));
    TicketRef again = await(desk.create(ticket("k-wh-1")));

    assertEquals("WH-35437", first.id());
    assertEquals(first, again);
    assertEquals(1, standIn.created.size());
    assertEquals(PACKET, standIn.created.get(0).path("body").asText());
    assertEquals("k-wh-1", standIn.headers.get(1).get("idempotency-key"));
  }

  @Test
  void should_be_refused_by_the_receiver_when_signed_with_another_secret() {
    Throwable e = failure(webhook("another-secret-that-is-32-chars-long!!").create(ticket("k-wh-2")));

    assertInstanceOf(DeskHttp.DeskRejected.class, e);
    assertTrue(standIn.created.isEmpty());
  }

  @Test
  void should_name_the_missing_variable_and_never_print_credentials() {
    var missing = assertThrows(IllegalArgumentException.class,
        () -> new DeskSettings("zendesk", standIn.url(), "a@b.example", "", "", "", TIMEOUT));
    var settings = new DeskSettings("freshdesk", standIn.url(), "", "", "super-secret-key", "", TIMEOUT);
    var unknown = assertThrows(IllegalArgumentException.class,
        () -> new DeskSettings("jira", standIn.url(), "", "", "", "", TIMEOUT));

    assertTrue(missing.getMessage().contains("AGENT_ZENDESK_API_TOKEN"), missing.getMessage());
    assertFalse(settings.toString().contains("super-secret-key"), settings.toString());
    assertTrue(unknown.getMessage().contains("builtin, zendesk, freshdesk, webhook"), unknown.getMessage());
  }
}
