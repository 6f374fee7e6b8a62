package com.shopagent.tools.tickets.desks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.model.TicketRef;
import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.NewTicket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Freshdesk: {@code POST /api/v2/tickets} with API-key basic auth ({@code key:X}). Freshdesk has no
 * idempotency of its own, so each request key is claimed in a local table before the call and
 * mapped to the ticket id after it. A claim whose outcome is unknown (the answer was lost) is
 * settled by searching the request's tag in Freshdesk before posting again.
 */
public final class FreshdeskDesk implements RemoteDesk {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Integer> PRIORITY = Map.of("low", 1, "normal", 2, "high", 3, "urgent", 4);

  private final URI base;
  private final String authorization;
  private final DeskHttp http;
  private final RemoteTickets keys;
  private final Executor executor;
  private final Clock clock;
  private final java.time.Duration lease;

  public FreshdeskDesk(DeskSettings settings, Database db, Executor executor, Clock clock) {
    this.base = settings.url();
    this.authorization = DeskHttp.basic(settings.apiKey(), "X");
    this.http = new DeskHttp(settings.requestTimeout());
    this.keys = new RemoteTickets(db, "freshdesk");
    this.executor = executor;
    this.clock = clock;
    this.lease = settings.requestTimeout().multipliedBy(2);
  }

  @Override
  public CompletionStage<TicketRef> create(NewTicket ticket) {
    return CompletableFuture.supplyAsync(() -> claim(ticket), executor)
        .thenCompose(claim -> {
          if (claim.knownId() != null) {
            return CompletableFuture.completedFuture(claim.knownId());
          }
          if (!claim.triedBefore()) {
            return post(ticket);
          }
          return findByTag(ticket).thenCompose(found -> found.isPresent()
              ? CompletableFuture.completedFuture(found.get()) : post(ticket));
        })
        .thenApplyAsync(id -> {
          blocking(() -> keys.resolve(ticket.idempotencyKey(), id));
          return ref(id);
        }, executor);
  }

  /** {@code knownId} when the key already has a ticket; else this call holds the key. */
  private record Claim(String knownId, boolean triedBefore) {}

  private Claim claim(NewTicket t) {
    return blocking(() -> {
      Optional<RemoteTickets.Entry> entry = keys.find(t.idempotencyKey());
      if (entry.isPresent() && !entry.get().requesterSubject().equals(t.requesterSubject())) {
        throw new IllegalStateException("idempotency key already used by another requester");
      }
      if (entry.isPresent() && entry.get().remoteId() != null) {
        return new Claim(entry.get().remoteId(), true);
      }
      Instant now = clock.instant();
      if (!keys.claim(t.idempotencyKey(), t.requesterSubject(), now, now.plus(lease))) {
        throw new DeskHttp.DeskUnavailable("another call is creating this ticket; try again later");
      }
      return new Claim(null, entry.isPresent());
    });
  }

  private CompletableFuture<Optional<String>> findByTag(NewTicket t) {
    String query = URLEncoder.encode("\"tag:'" + tag(t) + "'\"", StandardCharsets.UTF_8);
    return http.get(base.resolve("/api/v2/search/tickets?query=" + query), Map.of("Authorization", authorization))
        .thenApply(body -> {
          JsonNode first = read(body).path("results").path(0).path("id");
          return first.canConvertToLong() ? Optional.of(String.valueOf(first.asLong())) : Optional.empty();
        });
  }

  private CompletableFuture<String> post(NewTicket t) {
    ObjectNode body = JSON.createObjectNode();
    body.put("subject", t.subject());
    body.put("description", html(t.body()));
    body.put("unique_external_id", t.requesterSubject());
    body.put("priority", PRIORITY.getOrDefault(t.priority() == null ? "normal" : t.priority(), 2));
    body.put("status", 2); // open
    body.put("source", 7); // chat
    body.putArray("tags").add("shop-agent").add("agent-" + t.category()).add(tag(t));
    return http.post(base.resolve("/api/v2/tickets"), Map.of("Authorization", authorization), body.toString())
        .thenApply(response -> {
          JsonNode id = read(response).path("id");
          if (!id.canConvertToLong()) {
            throw new DeskHttp.DeskRejected("Freshdesk answered without a ticket id");
          }
          return String.valueOf(id.asLong());
        });
  }

  private TicketRef ref(String id) {
    return new TicketRef("FD-" + id, base.resolve("/support/tickets/" + id).toString(), false);
  }

  /** A tag that names the request without showing its key. */
  static String tag(NewTicket t) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(t.idempotencyKey().getBytes(StandardCharsets.UTF_8));
      return "sa-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String html(String text) {
    return org.apache.commons.text.StringEscapeUtils.escapeHtml4(text).replace("\n", "<br>");
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DeskHttp.DeskRejected("Freshdesk answered with unreadable JSON");
    }
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

  private static void blocking(SqlRun run) {
    blocking(() -> {
      run.run();
      return null;
    });
  }

  private interface SqlRun {
    void run() throws SQLException;
  }
}
