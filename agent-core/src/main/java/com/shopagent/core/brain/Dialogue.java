package com.shopagent.core.brain;

import com.shopagent.core.session.Turn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the agent's previous reply asked the customer for, so a short answer ("10283", "yes")
 * continues that conversation. The questions are fixed sentences of our own replies.
 */
final class Dialogue {
  static final String ASK_ORDER_NUMBER = "What is your order number?";
  static final String ASK_BILLING_EMAIL = "please also give me the billing email you used at checkout";
  static final String ASK_CHANGE_DETAILS = "so the team can act on it straight away";
  static final String OFFER_TICKET = TicketOffer.TEXT;
  static final String ASK_EMAIL_ADDRESS = "Which email address should I send it to?";

  enum Pending { NONE, ORDER_NUMBER, BILLING_EMAIL, CHANGE_DETAILS, TICKET_OFFER, EMAIL_ADDRESS }

  private static final Pattern EMAIL_TOKEN = Pattern.compile("<EMAIL_\\d+>");
  private static final Pattern YES = Pattern.compile("^\\W*(yes|yeah|yep|yup|sure|ok(ay)?|please( do)?|go ahead|do it|"
      + "y|absolutely|definitely|open (one|a ticket|it)|please open (one|a ticket|it))\\b(?!.*\\b(no|not|don'?t)\\b)");
  private static final Pattern DONT_HAVE = Pattern.compile("\\b(don'?t|do not|can'?t|cannot) (have|find|remember|know)\\b"
      + "|\\bno (order )?(number|idea)\\b|\\bnot sure\\b|\\blost (it|the)\\b");

  private Dialogue() {}

  static Pending pending(List<Turn> history) {
    if (history.isEmpty()) {
      return Pending.NONE;
    }
    String last = history.get(history.size() - 1).replyText();
    if (last.contains(OFFER_TICKET)) {
      return Pending.TICKET_OFFER;
    }
    if (last.contains(ASK_CHANGE_DETAILS)) {
      return Pending.CHANGE_DETAILS;
    }
    if (last.contains(ASK_EMAIL_ADDRESS)) {
      return Pending.EMAIL_ADDRESS;
    }
    if (last.contains(ASK_ORDER_NUMBER)) {
      return Pending.ORDER_NUMBER;
    }
    return last.contains(ASK_BILLING_EMAIL) ? Pending.BILLING_EMAIL : Pending.NONE;
  }

  static Optional<Turn> last(List<Turn> history) {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  static boolean affirms(String text) {
    return YES.matcher(text.toLowerCase(Locale.ROOT).trim()).find();
  }

  static boolean lacksDetails(String text) {
    return DONT_HAVE.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /** The first email token in the text, e.g. {@code <EMAIL_1>}. */
  static Optional<String> emailToken(String text) {
    Matcher m = EMAIL_TOKEN.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** The most recent email token the customer typed in this session, this message first. */
  static Optional<String> emailToken(String text, List<Turn> history) {
    Optional<String> now = emailToken(text);
    for (int i = history.size() - 1; now.isEmpty() && i >= 0; i--) {
      now = emailToken(history.get(i).userText());
    }
    return now;
  }
}
