package com.shopagent.core.brain;

import com.shopagent.core.CborSerializable;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.TicketRef;
import java.util.List;

/**
 * The answer of a turn as the customer sees it, with what the audit needs to judge it.
 *
 * @param ticket null when no ticket was made
 * @param reasons why it escalated or why confidence is what it is
 */
public record Reply(
    String text,
    List<Citation> citations,
    Outcome outcome,
    boolean escalated,
    TicketRef ticket,
    String intent,
    double confidence,
    List<String> reasons)
    implements CborSerializable {

  public Reply {
    citations = List.copyOf(citations);
    reasons = List.copyOf(reasons);
  }
}
