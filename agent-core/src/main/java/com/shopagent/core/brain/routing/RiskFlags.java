package com.shopagent.core.brain.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Risks the text itself shows, whatever the intent; names match the risk_flags of policies.yaml. */
final class RiskFlags {
  static final String CARD_NUMBER = "card_number";
  static final String ACCOUNT_ACCESS = "account_access";

  // the redactor turns card numbers into <CARD_n>; the digits themselves only reach here unredacted in tests and tools
  // a long number right after "order"/"#" is an order number that happens to pass the card checksum
  private static final Pattern CARD = Pattern.compile(
      "(?<!(order|purchase|ord|no\\.?|number|#)\\s{0,2})(<card_\\d+>|\\b(?:\\d[ -]?){12,18}\\d\\b)");
  private static final Pattern ACCESS = Pattern.compile("\\b(hacked|hijacked|compromised|someone (else )?(has )?"
      + "(logged|got|get|broke|broken) in(to)?|unauthori[sz]ed (login|access|sign ?in|purchase|order|charge)s?|"
      + "stolen (account|password)|i didn'?t (make|place) (this|that|these) (order|purchase)s?)\\b");

  private RiskFlags() {}

  static List<String> of(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    List<String> flags = new ArrayList<>();
    if (CARD.matcher(t).find()) {
      flags.add(CARD_NUMBER);
    }
    if (ACCESS.matcher(t).find()) {
      flags.add(ACCOUNT_ACCESS);
    }
    return List.copyOf(flags);
  }
}
