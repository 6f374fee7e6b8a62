package com.shopagent.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 12 to 19 digits, optionally grouped by spaces or dashes, with an issuer
 * prefix (JCB 1800/2131/3528-3589, 2-series Mastercard, 3 Amex/Diners, 4 Visa, 5 Mastercard/
 * Maestro, 6 Discover/UnionPay/Maestro) and a valid Luhn check digit. A long order number rarely
 * has both; the words around the digits settle the cases where it might: a 12-digit Maestro
 * counts only next to a card word, and digits labelled as an order, invoice or tracking number
 * stay unless a card word is there too.
 */
final class CardDetector implements PiiDetector {
  private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w.,])\\d(?:[ -]?\\d){11,18}(?![\\w]|[.,]\\d)");
  private static final Pattern CARD_WORD = Pattern.compile("(?i)\\b(?:card|cc|visa|master ?card|maestro|amex|"
      + "american express|jcb|unionpay|union pay|discover|diners|debit|credit|karte|kreditkarte|tarjeta|carte|"
      + "carta|kaart|cartão|paid with|pay with|charged)\\b");
  private static final Pattern ORDER_WORD = Pattern.compile("(?i)\\b(?:order|invoice|tracking|parcel|shipment|"
      + "reference|ref|ticket|receipt|bestellung|pedido|commande|ordine)\\b[^\\d]{0,20}$|#\\s*$");
  private static final int CONTEXT = 40;

  @Override
  public List<PiiMatch> find(String text) {
    List<PiiMatch> out = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (!issuerPrefix(digits) || !luhn(digits)) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
      String around = before + " " + text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT));
      boolean cardWord = CARD_WORD.matcher(around).find();
      boolean orderLabel = ORDER_WORD.matcher(before).find();
      if (digits.length() == 12 ? cardWord : (cardWord || !orderLabel)) {
        out.add(new PiiMatch(PiiKind.CARD, m.start(), m.end()));
      }
    }
    return out;
  }

  static boolean issuerPrefix(String digits) {
    int len = digits.length();
    int two = Integer.parseInt(digits.substring(0, 2));
    int four = Integer.parseInt(digits.substring(0, 4));
    if (len == 12) {
      return two == 50 || (two >= 56 && two <= 69); // Maestro is the only 12-digit card
    }
    return switch (digits.charAt(0)) {
      case '1' -> four == 1800 && len == 15; // old JCB
      case '2' -> (four >= 2221 && four <= 2720) || (four == 2131 && len == 15);
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
