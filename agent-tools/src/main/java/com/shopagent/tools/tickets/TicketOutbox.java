package com.shopagent.tools.tickets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.model.TicketRef;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Keeps ticket requests the desk could not take (down, timed out) until a later {@link #drain}
 * delivers them, so a customer's request for a human is never dropped. Delivery is at least once
 * and the desk's idempotency key makes a repeat harmless: never two tickets for one request.
 *
 * <p>The table lives in the same database as the built-in desk for now. A production desk adapter
 * is remote (a help desk's REST API), so this local outbox does not fail with it.
 */
public final class TicketOutbox {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final String REF_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutboxStore store;
  private final Executor executor;
  private final TicketLinks links;
  private final OutboxDelivery delivery;
  private final Clock clock;

  public TicketOutbox(Database db, Executor executor, String publicBaseUrl) {
    this(db, executor, publicBaseUrl, OutboxSettings.defaults(), Clock.systemUTC());
  }

  public TicketOutbox(
      Database db, Executor executor, String publicBaseUrl, OutboxSettings settings, Clock clock) {
    this.store = new OutboxStore(db);
    this.executor = executor;
    this.links = new TicketLinks(publicBaseUrl);
    this.delivery = new OutboxDelivery(store, executor, settings, clock);
    this.clock = clock;
  }

  /**
   * Stores the request and answers with a reference the user can quote ("Q-7KX2M9PA",
   * {@code queued=true}). Enqueuing one idempotency key twice gives the same reference, or the
   * real ticket once that request was delivered.
   */
  public CompletionStage<TicketRef> enqueue(NewTicket ticket) {
    return CompletableFuture.supplyAsync(() -> enqueueBlocking(ticket), executor);
  }

  /** The state of a queued reference; once delivered it names the real ticket. Blocking. */
  public Optional<QueuedTicket> find(String ref) {
    try {
      return store.findByRef(ref);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the ticket outbox failed", e);
    }
  }

  /** Dead-lettered requests, newest first, for a support lead to handle by hand. Blocking. */
  public List<QueuedTicket> deadLetters(int limit) {
    try {
      return store.dead(Math.max(1, Math.min(limit, 500)));
    } catch (SQLException e) {
      throw new IllegalStateException("reading the ticket outbox failed", e);
    }
  }

  /** Tries the due requests once each, one after another; call it on a timer. */
  public CompletionStage<DrainResult> drain(TicketDesk desk) {
    return delivery.drain(desk);
  }

  private TicketRef enqueueBlocking(NewTicket ticket) {
    String payload;
    try {
      payload = JSON.writeValueAsString(ticket);
    } catch (JsonProcessingException e) {
      throw new CompletionException(e);
    }
    // a clash on the key means another call queued it first; a clash on the ref is bad luck
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        Optional<QueuedTicket> existing = store.findByKey(ticket.idempotencyKey());
        if (existing.isPresent()) {
          if (!existing.get().requestedBy(ticket.requesterSubject())) {
            throw new IllegalStateException("idempotency key already used by another requester");
          }
          return refOf(existing.get());
        }
        String ref = newRef();
        store.insert(ref, ticket, payload, Sql.now(clock));
        return new TicketRef(ref, links.url(ref), true);
      } catch (SQLException e) {
        if (!Sql.isUniqueViolation(e)) {
          throw new CompletionException(e);
        }
      }
    }
    throw new IllegalStateException("could not queue the ticket request");
  }

  private TicketRef refOf(QueuedTicket queued) {
    return queued.resolvedTicketId()
        .map(id -> new TicketRef(id, links.url(id), false))
        .orElseGet(() -> new TicketRef(queued.ref(), links.url(queued.ref()), true));
  }

  private static String newRef() {
    StringBuilder ref = new StringBuilder("Q-");
    for (int i = 0; i < 8; i++) {
      ref.append(REF_ALPHABET.charAt(RANDOM.nextInt(REF_ALPHABET.length())));
    }
    return ref.toString();
  }

  static NewTicket parse(String payload) throws JsonProcessingException {
    return JSON.readValue(payload, NewTicket.class);
  }
}
