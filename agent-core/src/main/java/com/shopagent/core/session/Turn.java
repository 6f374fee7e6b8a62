package com.shopagent.core.session;

import com.shopagent.core.CborSerializable;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.TicketRef;
import java.time.Instant;
import java.util.List;

/** One remembered exchange, redacted. */
public record Turn(
    String turnId,
    String userText,
    String replyText,
    Outcome outcome,
    String intent,
    List<Citation> citations,
    TicketRef ticket,
    Instant at)
    implements CborSerializable {

  public Turn {
    citations = List.copyOf(citations);
  }
}
