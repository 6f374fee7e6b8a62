package com.shopagent.tools.tickets;

import com.shopagent.core.model.TicketRef;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Desks that misbehave the ways a real one does. */
final class FakeDesks {
  private FakeDesks() {}

  /** Down: every create fails, and counts its calls. */
  static final class Down implements TicketDesk {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public CompletionStage<TicketRef> create(NewTicket ticket) {
      calls.incrementAndGet();
      return CompletableFuture.failedFuture(new IllegalStateException("desk down"));
    }

    @Override
    public Optional<Ticket> find(String id) {
      return Optional.empty();
    }

    @Override
    public List<Ticket> recent(int limit) {
      return List.of();
    }
  }

  /** Makes the ticket, then the answer is lost: the caller sees a timeout. */
  static TicketDesk succeedsButTimesOut(TicketDesk real) {
    return new Wrapper(real) {
      @Override
      public CompletionStage<TicketRef> create(NewTicket ticket) {
        return real.create(ticket)
            .thenCompose(ref -> CompletableFuture.failedFuture(new TimeoutException("no answer in time")));
      }
    };
  }

  /** Never answers. */
  static TicketDesk hanging(TicketDesk real) {
    return new Wrapper(real) {
      @Override
      public CompletionStage<TicketRef> create(NewTicket ticket) {
        return new CompletableFuture<>();
      }
    };
  }

  private static class Wrapper implements TicketDesk {
    private final TicketDesk real;

    Wrapper(TicketDesk real) {
      this.real = real;
    }

    @Override
    public CompletionStage<TicketRef> create(NewTicket ticket) {
      return real.create(ticket);
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
}
