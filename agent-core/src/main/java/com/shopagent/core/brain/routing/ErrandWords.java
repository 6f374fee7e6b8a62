package com.shopagent.core.brain.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How customers ask for the two errands the agent runs itself: a note for the staff on an order
 * ("add a note to order 10283: leave it with my neighbour") and a copy by email ("email me a copy
 * of that"). The router settles the ERRAND intent with these; the brain picks the errand with them.
 */
public final class ErrandWords {
  private static final String NOTE_NOUN = "(note|gift (message|note|card message)|delivery (instructions?|note))";
  private static final Pattern NOTE = Pattern.compile("\\b(add|leave|put|attach|include|write|pass on)\\w*\\W+"
      + "(\\w+\\W+){0,3}" + NOTE_NOUN + "\\b|\\b" + NOTE_NOUN + "\\W+(on|to|for|with|in)\\W+(my |the |this |that )?"
      + "(order|parcel|package|delivery)\\b");
  /** A review, a credit note or a note about the shop is not a note on an order. */
  private static final Pattern NOT_NOTE = Pattern.compile("\\b(credit note|review|feedback|rating|noted|note that you)\\b");
  private static final Pattern EMAIL_COPY = Pattern.compile("\\b(e-?mail|send)\\W+(me\\W+)?(a |the )?(copy|summary|"
      + "transcript|recap)\\b|\\be-?mail (me|it|this|that)\\b|\\b(send|forward)\\W+(me\\W+)?(it|this|that|the answer|"
      + "those details)\\W+(\\w+\\W+){0,2}(by|via|per|in an|to my) e-?mail\\b|\\b(copy|summary|transcript) (of (this|the|"
      + "our|that) (chat|conversation|answer) )?(by|via|to my) e-?mail\\b");
  /** Alerts, complaints about our mail, a request to stop it: not a copy by email. */
  private static final Pattern NOT_EMAIL_COPY = Pattern.compile("\\b(when|once|as soon as|if|whenever|don'?t|do not|stop|"
      + "never|unsubscribe|why)\\b");
  /** The note's own words: between double quotes, after a colon, or after "saying". */
  private static final List<Pattern> NOTE_TEXT = List.of(Pattern.compile("[\"“]([^\"”]+)[\"”]"),
      Pattern.compile(":\\s*(.+)$"), Pattern.compile("\\b(?:saying|that says|to say|reading)\\s+(.+)$"));

  public enum Errand { NOTE, EMAIL_COPY }

  private ErrandWords() {}

  /** The errand a message asks for; a note wins over a copy when a message names both. */
  public static Optional<Errand> of(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (NOTE.matcher(t).find() && !NOT_NOTE.matcher(t).find()) {
      return Optional.of(Errand.NOTE);
    }
    if (EMAIL_COPY.matcher(t).find() && !NOT_EMAIL_COPY.matcher(t).find()) {
      return Optional.of(Errand.EMAIL_COPY);
    }
    return Optional.empty();
  }

  /** What the note should say, as typed after the request: empty when the customer has not said yet. */
  public static Optional<String> noteText(String text) {
    Matcher request = NOTE.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    if (!request.find() || request.end() > text.length()) {
      return Optional.empty();
    }
    String rest = text.substring(request.end());
    for (Pattern p : NOTE_TEXT) {
      Matcher m = p.matcher(rest);
      if (m.find() && !m.group(1).isBlank()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }
}
