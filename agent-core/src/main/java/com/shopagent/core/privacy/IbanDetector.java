package com.shopagent.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;

/**
 * IBANs, compact or printed in groups of four: the country's length (iban4j's registry) is
 * taken from the candidate, then the BBAN format and the mod-97 check digits must hold.
 */
final class IbanDetector implements PiiDetector {
  private static final Pattern CANDIDATE =
      Pattern.compile("(?i)(?<![\\p{L}\\d])[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){11,31}");

  @Override
  public List<PiiMatch> find(String text) {
    List<PiiMatch> out = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    while (m.find(from)) {
      int end = validEnd(text, m.start(), m.end());
      if (end > 0) {
        out.add(new PiiMatch(PiiKind.IBAN, m.start(), end));
        from = end;
      } else {
        from = m.start() + 1;
      }
      if (from >= text.length()) {
        break;
      }
    }
    return out;
  }

  /** The end of the valid IBAN starting at {@code start}, or -1. */
  private static int validEnd(String text, int start, int limit) {
    CountryCode country = CountryCode.getByCode(text.substring(start, start + 2).toUpperCase(Locale.ROOT));
    if (country == null || !IbanUtil.isSupportedCountry(country)) {
      return -1;
    }
    int length = IbanUtil.getIbanLength(country);
    StringBuilder compact = new StringBuilder();
    int i = start;
    while (i < limit && compact.length() < length) {
      char c = text.charAt(i++);
      if (Character.isLetterOrDigit(c)) {
        compact.append(Character.toUpperCase(c));
      }
    }
    boolean wholeWord = i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    return compact.length() == length && wholeWord && IbanUtil.isValid(compact.toString()) ? i : -1;
  }
}
