package com.shopagent.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order numbers a reply mentions: "order 10283", "order #10283", "#10283", and the masked forms
 * user-facing text uses ("order …0283", "ending in 0283"), which carry only the last digits.
 */
final class OrderMentions {
  /** A mention: the digits shown, and whether they are only the tail of the real number. */
  record Mention(String digits, boolean masked) {
    boolean matches(String orderId) {
      String id = orderId.replaceAll("\\D", "");
      return masked ? id.endsWith(digits) : id.equals(digits) || strip(id).equals(strip(digits));
    }

    private static String strip(String digits) {
      return digits.replaceFirst("^0+(?=\\d)", "");
    }
  }

  private static final Pattern FULL = Pattern.compile(
      "(?i)(?:\\border(?:s)?\\s*(?:no\\.?|number|id)?\\s*[:#]?\\s*|(?<!(?:invoice|bill|ticket|receipt|sku|item)\\s{0,2})#)"
          + "(\\d{3,})\\b");
  private static final Pattern MASKED = Pattern.compile(
      "(?i)(?:(?<![\\p{L}\\d])[…*xX]+|\\.{3}|ending (?:in|with)\\s*)(\\d{3,4})\\b");

  private OrderMentions() {}

  static List<Mention> in(String text) {
    List<Mention> out = new ArrayList<>();
    Matcher full = FULL.matcher(text);
    while (full.find()) {
      out.add(new Mention(full.group(1), false));
    }
    Matcher masked = MASKED.matcher(text);
    while (masked.find()) {
      out.add(new Mention(masked.group(1), true));
    }
    return List.copyOf(out);
  }
}
