package com.shopagent.tools.tickets;

import java.time.Instant;
import java.util.Optional;

/**
 * A ticket request waiting in the outbox, by the reference the user was given ("Q-…").
 * Show it only to its requester or staff; {@code lastError} is for staff eyes only.
 *
 * @param status "pending", "done" (then {@code ticketId} is the real ticket) or "dead"
 */
public record QueuedTicket(
    String ref,
    String status,
    String ticketId,
    String requesterSubject,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant nextAttemptAt) {

  public static final String PENDING = "pending";
  public static final String DONE = "done";
  public static final String DEAD = "dead";

  public Optional<String> resolvedTicketId() {
    return Optional.ofNullable(ticketId);
  }

  public boolean requestedBy(String identitySubject) {
    return requesterSubject.equals(identitySubject);
  }
}
