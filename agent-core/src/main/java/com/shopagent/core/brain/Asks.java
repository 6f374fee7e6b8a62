package com.shopagent.core.brain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message the router sent to a person or to the account desk that only asks how something
 * works ("what are your support hours?", "how do I reset my password?"). The policy still
 * escalates it; the reply answers from the help pages and offers a person instead of opening a
 * ticket nobody asked for. Requests, trouble and security stay with the ticket.
 */
final class Asks {
  private static final Pattern QUESTION = Pattern.compile("^(how|what|what's|whats|when|where|which|who|why|"
      + "do|does|is|are|can|could|will|should|would)\\b|\\?\\s*$");
  private static final Pattern REQUEST = Pattern.compile("\\b(i want|i'd like|i would like|i need|i wish|please|pls|plz|"
      + "asap|now|immediately|right away|urgent\\w*|call me|connect\\w*|transfer\\w*|put me through|get me|talk\\w*|"
      + "speak\\w*|chat with|human|person|agent|representative|someone|somebody|anyone|anybody|manager|supervisor|"
      + "real|hacked|stolen|fraud\\w*|unauthori[sz]ed|compromised|suspicious|complain\\w*)\\b");

  /** About one's own order: "how do I track my order", "I placed an order last night, did it go through?", "ETA on 10279". */
  private static final Pattern OWN_ORDER = Pattern.compile("\\b(my|mine|our|i (ordered|placed|bought|paid|purchased)|"
      + "can you (check|look|find|see)|check on|did it|it)\\b|\\d{4,}");

  private Asks() {}

  /**
   * A question about how orders, tracking or deliveries work ("what does On hold mean?", "when is a
   * package considered lost?"), nothing of one's own order in it: the help pages answer it.
   */
  static boolean aboutOrdersInGeneral(Understanding u, String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
    return u.intent() == Intent.ORDER_STATUS && u.orderNumbers().isEmpty() && u.answered() == Dialogue.Pending.NONE
        && QUESTION.matcher(t).find() && !OWN_ORDER.matcher(t).find();
  }

  static boolean howItWorks(Understanding u, String text) {
    if (u.intent() != Intent.HUMAN && u.intent() != Intent.ACCOUNT) {
      return false;
    }
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
    return !u.ticketAccepted() && u.routing().riskFlags().isEmpty() && u.routing().orderNumbers().isEmpty()
        && QUESTION.matcher(t).find() && !REQUEST.matcher(t).find();
  }
}
