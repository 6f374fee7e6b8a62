package com.shopagent.tools.tickets;

import com.shopagent.core.model.TicketRef;
import java.time.Instant;

/**
 * A ticket on the desk. Only its requester and staff may read it: callers check
 * {@link #requestedBy(String)} before showing it.
 *
 * @param assignee a team or a person's handle from the assignment rules, or null
 */
public record Ticket(
    String id,
    String idempotencyKey,
    String subject,
    String body,
    String requesterSubject,
    String sessionId,
    String category,
    String priority,
    String status,
    String assignee,
    Instant createdAt,
    String url) {

  public static final String OPEN = "open";

  public boolean requestedBy(String identitySubject) {
    return requesterSubject.equals(identitySubject);
  }

  public TicketRef ref() {
    return new TicketRef(id, url, false);
  }
}
