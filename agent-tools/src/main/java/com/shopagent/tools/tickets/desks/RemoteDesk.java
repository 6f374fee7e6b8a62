package com.shopagent.tools.tickets.desks;

import com.shopagent.tools.tickets.Ticket;
import com.shopagent.tools.tickets.TicketDesk;
import java.util.List;
import java.util.Optional;

/** A help desk the agent only writes to: staff read its tickets there, not in the agent's web view. */
interface RemoteDesk extends TicketDesk {

  @Override
  default Optional<Ticket> find(String id) {
    return Optional.empty();
  }

  @Override
  default List<Ticket> recent(int limit) {
    return List.of();
  }
}
