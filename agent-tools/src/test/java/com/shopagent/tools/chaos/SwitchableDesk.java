package com.shopagent.tools.chaos;

import com.shopagent.core.model.TicketRef;
import com.shopagent.tools.tickets.NewTicket;
import com.shopagent.tools.tickets.Ticket;
import com.shopagent.tools.tickets.TicketDesk;
import java.net.ConnectException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/** The real desk behind a switch: stopped, every create fails as a refused connection would. */
final class SwitchableDesk implements TicketDesk {
  private final TicketDesk real;
  private final AtomicBoolean up = new AtomicBoolean(true);

  SwitchableDesk(TicketDesk real) {
    this.real = real;
  }

  void stop() {
    up.set(false);
  }

  void start() {
    up.set(true);
  }

  @Override
  public CompletionStage<TicketRef> create(NewTicket ticket) {
    return up.get() ? real.create(ticket) : CompletableFuture.failedFuture(new ConnectException("desk stopped"));
  }

  @Override
  public Optional<Ticket> find(String id) {
    return real.find(id);
  }

  @Override
  public List<Ticket> recent(int limit) {
    return real.recent(limit);
  }
}
