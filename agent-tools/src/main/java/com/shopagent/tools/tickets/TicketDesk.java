package com.shopagent.tools.tickets;

import com.shopagent.core.model.TicketRef;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where tickets for humans go: the built-in desk or an adapter to a real help desk.
 * {@code create} is idempotent on {@link NewTicket#idempotencyKey()}: a repeat returns the ticket
 * made the first time, so callers may retry after a timeout. {@code find} and {@code recent}
 * block; call them from a JDBC/HTTP executor.
 */
public interface TicketDesk {

  CompletionStage<TicketRef> create(NewTicket ticket);

  Optional<Ticket> find(String id);

  /** Newest first. */
  List<Ticket> recent(int limit);
}
