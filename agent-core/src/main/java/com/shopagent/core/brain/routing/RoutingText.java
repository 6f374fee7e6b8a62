package com.shopagent.core.brain.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Prepares a message for the embedding model: placeholders for tokens and numbers, and its clauses. */
final class RoutingText {
  private static final Pattern EMAIL_TOKEN = Pattern.compile("<EMAIL_\\d+>");
  private static final Pattern OTHER_TOKEN = Pattern.compile("<[A-Z]+_\\d+>");
  private static final Pattern DIGITS = Pattern.compile("#?\\d[\\d ,.-]*\\d|#?\\d");
  // sentence ends, line breaks and the joins people use to pile several issues into one message
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "(?<=[.!?;])\\s+|\\n+|\\s+(?:but|also|and also|plus|btw|by the way|oh and|another thing|and then)\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final int MIN_CLAUSE_WORDS = 3;
  private static final int MAX_CLAUSES = 6;

  private RoutingText() {}

  static String normalise(String text) {
    String t = EMAIL_TOKEN.matcher(text).replaceAll("my email");
    t = OTHER_TOKEN.matcher(t).replaceAll("number");
    t = DIGITS.matcher(t).replaceAll("number");
    return t.replaceAll("\\s+", " ").trim();
  }

  /** The whole message first, then its clauses when there are several worth routing on their own. */
  static List<String> segments(String text) {
    String whole = normalise(text);
    List<String> out = new ArrayList<>();
    out.add(whole.isEmpty() ? "?" : whole);
    List<String> clauses = new ArrayList<>();
    for (String c : CLAUSE_BREAK.split(text)) {
      String n = normalise(c);
      if (n.split("\\s+").length >= MIN_CLAUSE_WORDS && !n.equalsIgnoreCase(whole)) {
        clauses.add(n);
      }
    }
    if (clauses.size() > 1) {
      out.addAll(clauses.subList(0, Math.min(MAX_CLAUSES, clauses.size())));
    }
    return List.copyOf(out);
  }
}
