package com.shopagent.core.brain;

import com.shopagent.core.CborSerializable;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.policy.Signals;
import java.util.List;

/**
 * The answer of a turn as the customer sees it, with what the audit needs to judge it.
 *
 * @param ticket null when no ticket was made
 * @param reasons machine-readable reason codes: why it escalated or why confidence is what it is
 * @param riskTier the policy tier of the turn (low, medium, high), "unknown" when no policy ran
 * @param signals the evidence behind {@code confidence}, recorded with the turn
 */
public record Reply(
    String text,
    List<Citation> citations,
    Outcome outcome,
    boolean escalated,
    TicketRef ticket,
    String intent,
    double confidence,
    List<String> reasons,
    String riskTier,
    Signals signals)
    implements CborSerializable {

  public static final String UNKNOWN_TIER = "unknown";

  public Reply {
    citations = List.copyOf(citations);
    reasons = List.copyOf(reasons);
    // journals written before these fields existed replay with nulls
    riskTier = riskTier == null ? UNKNOWN_TIER : riskTier;
    signals = signals == null ? Signals.NONE : signals;
  }

  /** A reply without a policy assessment (canned replies, brains that do not assess). */
  public Reply(String text, List<Citation> citations, Outcome outcome, boolean escalated, TicketRef ticket,
      String intent, double confidence, List<String> reasons) {
    this(text, citations, outcome, escalated, ticket, intent, confidence, reasons, UNKNOWN_TIER, Signals.NONE);
  }
}
