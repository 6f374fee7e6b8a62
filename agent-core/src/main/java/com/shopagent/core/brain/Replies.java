package com.shopagent.core.brain;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.policy.Decision;
import java.util.List;

/** Builds the reply of a turn from its text and the policy's decision. */
final class Replies {
  private Replies() {}

  static Reply of(String text, List<Citation> citations, TicketRef ticket, Decision d) {
    Outcome outcome = ticket != null ? Outcome.TICKET : d.escalate() ? Outcome.ESCALATED : Outcome.ANSWERED;
    return new Reply(text.trim(), citations, outcome, d.escalate(), ticket, d.intent(), round(d.confidence()),
        d.reasons(), d.tier().label(), d.signals());
  }

  static BrainStep respond(String text, List<Citation> citations, TicketRef ticket, Decision d) {
    return new BrainStep.Respond(of(text, citations, ticket, d));
  }

  /** The question that offers a person, when the policy escalates; nothing otherwise. */
  static String offer(Decision d) {
    return d.escalate() ? " " + Dialogue.OFFER_TICKET : "";
  }

  /** "ending in 0283": order numbers are masked in what the customer reads. */
  static String masked(String orderNumber) {
    return "ending in " + (orderNumber.length() <= 4 ? orderNumber : orderNumber.substring(orderNumber.length() - 4));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
