package com.shopagent.core.brain.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds order numbers as customers type them: "#10283", "order no. 10283", "ord-10283",
 * "Order number: 10 283", "order10283", "WC-10283". A bare number counts only when the message is
 * little more than the number (an answer to "what is your order number?") or when the message is
 * about an order and holds exactly one plausible number; prices, quantities, years and
 * postcode-like numbers in other contexts are not order numbers.
 */
public final class OrderNumbers {
  // a cue, optional "number"/"no."/"#"/"id", then 3-10 digits or a digit group split by one space ("10 283")
  private static final Pattern CUED = Pattern.compile(
      "(?:\\b(?:order|ord|purchase|wc)|(?<![\\w&])#)\\s*(?:no\\.?|nr\\.?|num(?:ber)?\\.?|#|id)?\\s*[:#-]?\\s*"
          + "(\\d{2,3} \\d{3}(?!\\d)|\\d{3,10})(?![\\d.,]?\\d)");
  private static final Pattern ALONE = Pattern.compile(
      "^\\W*(?:(?:it'?s|it is|that'?s|sure|yes|ok(?:ay)?|the number is|number|order)\\W+){0,3}(\\d{3,10})\\W*$");
  private static final Pattern ORDER_TALK = Pattern.compile(
      "\\b(order\\w*|package|parcel|purchase\\w*|delivery|shipment|tracking|refund|return|cancel\\w*)\\b");
  private static final Pattern BARE = Pattern.compile("(?<![\\w$€£.,:/-])(\\d{4,10})(?![\\w.,:/%-]?\\d)(?!\\s*(?:"
      + "dollars?|usd|cad|eur|bucks|items?|pairs?|pieces?|days?|weeks?|hours?|minutes?|times?|g|kg|mm|oz|ml|%))");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  // in an answer to "what is your order number?" shorter numbers and "10 283" count too
  private static final Pattern ANSWER = Pattern.compile("(?<![\\w$€£.,:/-])(\\d{2,3} \\d{3}(?!\\d)|\\d{3,10})(?![\\w.,:/%-]?\\d)"
      + "(?!\\s*(?:dollars?|usd|cad|eur|bucks|items?|pairs?|pieces?|days?|weeks?|hours?|minutes?|times?|%))");

  private OrderNumbers() {}

  /** Order numbers in the order they appear, digits only, each once. */
  public static List<String> find(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    Matcher cued = CUED.matcher(t);
    while (cued.find()) {
      add(found, cued.group(1));
    }
    if (!found.isEmpty()) {
      return List.copyOf(found);
    }
    Matcher alone = ALONE.matcher(t);
    if (alone.find()) {
      return List.of(alone.group(1));
    }
    if (ORDER_TALK.matcher(t).find()) {
      List<String> bare = new ArrayList<>();
      Matcher b = BARE.matcher(t);
      while (b.find()) {
        if (!YEAR.matcher(b.group(1)).matches()) {
          add(bare, b.group(1));
        }
      }
      if (bare.size() == 1) {
        return List.copyOf(bare);
      }
    }
    return List.of();
  }

  /** A reply to "what is your order number?": any single plausible number counts. */
  public static List<String> findInAnswer(String text) {
    List<String> cued = find(text);
    if (!cued.isEmpty()) {
      return cued;
    }
    List<String> bare = new ArrayList<>();
    Matcher b = ANSWER.matcher(text.toLowerCase(Locale.ROOT));
    while (b.find()) {
      add(bare, b.group(1));
    }
    return bare.size() == 1 ? List.copyOf(bare) : List.of();
  }

  private static void add(List<String> found, String raw) {
    String digits = raw.replace(" ", "");
    if (!found.contains(digits)) {
      found.add(digits);
    }
  }
}
