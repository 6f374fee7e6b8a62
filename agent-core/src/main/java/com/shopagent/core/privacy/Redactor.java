package com.shopagent.core.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces emails, phone numbers and payment card numbers by stable per-session tokens before
 * text is persisted, audited or shown to a model. Order numbers (short digit runs) are kept:
 * the tools need them.
 */
public final class Redactor {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  // a digit run with optional separators; classified below by digit count and shape
  private static final Pattern NUMBERISH =
      Pattern.compile("(?<![\\w+])(\\+\\s?)?\\(?\\d[\\d\\s().-]{5,22}\\d(?!\\w)");

  private final Hashing hashing;

  public Redactor(Hashing hashing) {
    this.hashing = hashing;
  }

  public Redaction redact(String text, PiiTokens known) {
    List<Found> found = new ArrayList<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      found.add(new Found("EMAIL_ADDRESS", "EMAIL", m.start(), m.end()));
    }
    Matcher n = NUMBERISH.matcher(text);
    while (n.find()) {
      String kind = classify(n.group());
      int s = n.start();
      int e = n.end();
      if (kind != null && found.stream().noneMatch(f -> f.overlaps(s, e))) {
        found.add(new Found(kind, kind.equals("CREDIT_CARD") ? "CARD" : "PHONE", s, e));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return replace(text, found, known);
  }

  private Redaction replace(String text, List<Found> found, PiiTokens known) {
    StringBuilder out = new StringBuilder();
    Map<String, String> added = new HashMap<>();
    Map<String, String> raw = new HashMap<>();
    List<Redaction.Span> spans = new ArrayList<>();
    int last = 0;
    for (Found f : found) {
      String value = normalise(f, text.substring(f.start, f.end));
      String fp = hashing.hash(f.tokenType + ":" + value);
      String token = known.byFingerprint().get(fp);
      if (token == null) {
        token = added.get(fp);
      }
      if (token == null) {
        int n = known.countOf(f.tokenType) + countOf(added, f.tokenType) + 1;
        token = "<" + f.tokenType + "_" + n + ">";
        added.put(fp, token);
      }
      raw.put(token, text.substring(f.start, f.end));
      out.append(text, last, f.start).append(token);
      spans.add(new Redaction.Span(f.entityType, f.start, f.end));
      last = f.end;
    }
    out.append(text.substring(last));
    return new Redaction(out.toString(), spans, added, raw);
  }

  static String classify(String candidate) {
    String digits = candidate.replaceAll("\\D", "");
    boolean separated = !candidate.trim().matches("\\+?\\d+");
    if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
      return "CREDIT_CARD";
    }
    if (digits.length() >= 10 && digits.length() <= 15) {
      return "PHONE_NUMBER";
    }
    // short groups like 555-0142 or +44 20 7946 are phones when written with a prefix or separators
    if (digits.length() >= 7 && (candidate.trim().startsWith("+") || (separated && digits.length() >= 7))) {
      return candidate.matches(".*\\d{4}-\\d{2}-\\d{2}.*") ? null : "PHONE_NUMBER";
    }
    return null;
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  private static String normalise(Found f, String raw) {
    return f.tokenType.equals("EMAIL") ? raw.toLowerCase(java.util.Locale.ROOT) : raw.replaceAll("\\D", "");
  }

  private static int countOf(Map<String, String> added, String type) {
    String prefix = "<" + type + "_";
    return (int) added.values().stream().filter(t -> t.startsWith(prefix)).count();
  }

  private record Found(String entityType, String tokenType, int start, int end) {
    boolean overlaps(int s, int e) {
      return s < end && e > start;
    }
  }
}
