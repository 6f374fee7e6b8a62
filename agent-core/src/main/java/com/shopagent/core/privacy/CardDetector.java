package com.shopagent.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, optionally grouped by spaces or dashes, with an issuer
 * prefix (2-series Mastercard, 3 Amex/Diners/JCB, 4 Visa, 5 Mastercard/Maestro, 6 Discover/
 * UnionPay) and a valid Luhn check digit. A long order number rarely has both.
 */
final class CardDetector implements PiiDetector {
  private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w.,])\\d(?:[ -]?\\d){12,18}(?![\\w]|[.,]\\d)");

  @Override
  public List<PiiMatch> find(String text) {
    List<PiiMatch> out = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (issuerPrefix(digits) && luhn(digits)) {
        out.add(new PiiMatch(PiiKind.CARD, m.start(), m.end()));
      }
    }
    return out;
  }

  static boolean issuerPrefix(String digits) {
    int two = Integer.parseInt(digits.substring(0, 2));
    int four = Integer.parseInt(digits.substring(0, 4));
    return switch (digits.charAt(0)) {
      case '2' -> four >= 2221 && four <= 2720;
      case '3' -> two == 30 || two == 34 || two == 35 || two == 36 || two == 37 || two == 38 || two == 39;
      case '4', '5', '6' -> true;
      default -> false;
    };
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
