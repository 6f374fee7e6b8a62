package com.shopagent.http.routes;

import static akka.http.javadsl.server.PathMatchers.segment;

import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.model.Identity;
import com.shopagent.http.Json;
import com.shopagent.http.auth.SessionTokens;
import com.shopagent.http.chat.ChatError;
import com.shopagent.http.chat.RateLimits;
import com.shopagent.tools.tickets.QueuedTicket;
import com.shopagent.tools.tickets.Ticket;
import com.shopagent.tools.tickets.TicketDesk;
import com.shopagent.tools.tickets.TicketOutbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@code GET /v1/tickets/{id}}: a ticket (or a queued reference) for its requester, with their
 * session token, or for staff with the admin token. Anyone else gets the same 404 as for a
 * ticket that does not exist, so ids cannot be probed. Reads are rate-limited per IP and per
 * identity; a wrong token counts as an admin failure, and an IP out of those is refused (429)
 * before any comparison, so the admin token cannot be guessed at speed.
 */
public final class TicketRoutes extends RouteSupport {
  private static final ChatError NOT_FOUND = new ChatError("not_found", "No such ticket.", 404);
  private final TicketDesk desk;
  private final TicketOutbox outbox;
  private final SessionTokens tokens;
  private final byte[] adminDigest;
  private final Executor blocking;
  private final RateLimits limits;

  public TicketRoutes(TicketDesk desk, TicketOutbox outbox, SessionTokens tokens, String adminToken, RateLimits limits,
      Executor blocking) {
    this.blocking = blocking;
    this.desk = desk;
    this.outbox = outbox;
    this.tokens = tokens;
    this.adminDigest = sha256(adminToken);
    this.limits = limits;
  }

  public Route routes() {
    return path(segment("v1").slash("tickets").slash(segment()), id -> get(() -> withClientIp(ip -> guarded(() -> {
      limits.checkRead(ip);
      limits.checkAdminAllowed(ip);
    }, () -> withBearer(token -> {
      if (token.isEmpty()) {
        return complete(error(ChatError.notAuthenticated()));
      }
      // digests of equal length, compared in constant time: neither content nor length leaks
      boolean staff = MessageDigest.isEqual(adminDigest, sha256(token.get()));
      Optional<String> subject = staff ? Optional.empty() : tokens.verify(token.get()).map(Identity::subject);
      if (!staff && subject.isEmpty()) {
        limits.adminFailed(ip);
        return complete(error(ChatError.badToken()));
      }
      if (subject.isPresent()) {
        return guarded(() -> limits.checkReader(subject.get()), () -> lookupRoute(id, false, subject.get()));
      }
      return lookupRoute(id, true, "");
    })))));
  }

  private Route lookupRoute(String id, boolean staff, String subject) {
    // the desk reads JDBC: never on the route's dispatcher
    return completeWithFuture(CompletableFuture.supplyAsync(() -> lookup(id, staff, subject)
            .map(body -> json(200, body)).orElse(error(NOT_FOUND)), blocking)
        .exceptionally(e -> error(com.shopagent.http.chat.ChatService.errorOf(e))));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<ObjectNode> lookup(String id, boolean staff, String subject) {
    if (id.startsWith("Q-")) {
      return outbox.find(id).filter(q -> staff || q.requestedBy(subject)).map(q -> queued(q, staff));
    }
    return desk.find(id).filter(t -> staff || t.requestedBy(subject)).map(TicketRoutes::ticket);
  }

  private static ObjectNode ticket(Ticket t) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", t.id());
    o.put("status", t.status());
    o.put("subject", t.subject());
    o.put("body", t.body());
    o.put("category", t.category());
    o.put("priority", t.priority());
    o.put("assignee", t.assignee());
    o.put("session_id", t.sessionId());
    o.put("created_at", t.createdAt().toString());
    o.put("url", t.url());
    return o;
  }

  private static ObjectNode queued(QueuedTicket q, boolean staff) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", q.ref());
    o.put("status", "queued:" + q.status());
    o.put("ticket_id", q.ticketId());
    o.put("created_at", q.createdAt().toString());
    if (staff) {
      o.put("attempts", q.attempts());
      o.put("last_error", q.lastError());
    }
    return o;
  }
}
