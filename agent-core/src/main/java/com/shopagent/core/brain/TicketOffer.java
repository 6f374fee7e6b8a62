package com.shopagent.core.brain;

import java.util.regex.Pattern;

/**
 * The one sentence that offers a person, whichever brain wrote the answer. The reply writer owns
 * it: a model's own "would you like me to open a ticket?" is taken out and this sentence put in
 * once, so the customer never reads two offers and a "yes" is always understood (see Dialogue).
 */
public final class TicketOffer {
  public static final String TEXT = "Shall I open a ticket so a person can look into it?";

  /** A sentence that offers a ticket or a person, in the words models tend to use. */
  private static final Pattern MODEL_OFFER = Pattern.compile("(?i)(?<=^|[.!?]\\s)[^.!?]*\\b("
      + "(would you like|do you want|shall i|should i|want me to|i can|i could|happy to|let me know if you(?:'d| would) like)"
      + "[^.!?]{0,60}\\b(open|create|raise|file|log|start)\\w*[^.!?]{0,30}\\b(ticket|request|case)"
      + "|(would you like|do you want|shall i|should i|want me to)[^.!?]{0,40}\\b(connect|put you in touch|hand (you )?over"
      + "|pass (this|it) on)\\w*)\\b[^.!?]*[.!?]");

  private TicketOffer() {}

  /** The text without any offer it already makes, then the offer once when {@code offer} holds. */
  public static String once(String text, boolean offer) {
    String without = MODEL_OFFER.matcher(text).find()
        ? MODEL_OFFER.matcher(text).replaceAll("").replaceAll("[ \\t]{2,}", " ").trim() : text.trim();
    return offer ? (without.isEmpty() ? TEXT : without + " " + TEXT) : without;
  }

  /** Whether the text offers a ticket or a person in any wording. */
  public static boolean offered(String text) {
    return text.contains(TEXT) || MODEL_OFFER.matcher(text).find();
  }
}
