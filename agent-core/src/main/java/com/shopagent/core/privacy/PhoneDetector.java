package com.shopagent.core.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in two layers. libphonenumber finds numbers that are valid for one of the shop's
 * regions or carry a {@code +} country code. A shape check then catches numbers written like
 * phones that libphonenumber cannot place (invented or foreign numbers still identify a person):
 * digit groups joined by spaces, dashes or dots, with a country code, an area code in brackets,
 * an extension, or a phone word in front. Dates, IP addresses and order references are not phones.
 */
final class PhoneDetector implements PiiDetector {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern SHAPED = Pattern.compile(
      "(?<![\\w+#/.,-])(?:(?:\\+|00)\\s?\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)\\s?)?\\d{1,5}(?:[ .-]\\d{1,5}){1,5}"
          + "(?:\\s?(?:x|ext\\.?)\\s?\\d{1,6})?(?![\\w/]|[.,-]\\d)");
  private static final int MAX_WINDOWS = 16;
  private static final Pattern WINDOW = Pattern.compile("\\+?\\(?\\d[\\d \\t().\\-/]{4,28}\\d");
  private static final Pattern PLAIN = Pattern.compile("(?<![\\w+#/.,-])\\+?\\d{7,15}(?![\\w/]|[.,-]\\d)");
  private static final Pattern EXTENSION = Pattern.compile("^\\s?(?:x|ext\\.?)\\s?\\d{1,6}\\b");
  private static final Pattern PHONE_WORD = Pattern.compile(
      "(?i)\\b(?:call|phone|tel|telephone|mobile|cell|cellphone|fax|desk|whats ?app|sms|text me|ring me|reach me)\\b"
          + "[^\\n\\d]{0,24}$");
  private static final Pattern DATE = Pattern.compile("\\d{4}[.-]\\d{1,2}[.-]\\d{1,2}|\\d{1,2}[.-]\\d{1,2}[.-]\\d{4}");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

  private final List<String> regions;

  /** {@code regions}: ISO 3166 codes whose national formats count as phone numbers. */
  PhoneDetector(List<String> regions) {
    this.regions = List.copyOf(regions);
  }

  @Override
  public List<PiiMatch> find(String text) {
    List<PiiMatch> out = new ArrayList<>();
    // libphonenumber only sees short windows around digit runs, and at most MAX_WINDOWS of them:
    // it costs about 0.3 ms a window and region, and the shape check below still covers the rest
    Matcher window = WINDOW.matcher(text);
    for (int seen = 0; seen < MAX_WINDOWS && window.find(); seen++) {
      for (String region : regions) {
        for (PhoneNumberMatch m : UTIL.findNumbers(window.group(), region, PhoneNumberUtil.Leniency.VALID, 4)) {
          int start = window.start() + m.start();
          if (plausible(text, start, m.rawString())) {
            add(out, text, start, window.start() + m.end());
          }
        }
      }
    }
    Matcher shaped = SHAPED.matcher(text);
    while (shaped.find()) {
      if (looksLikePhone(text, shaped.start(), shaped.group())) {
        add(out, text, shaped.start(), shaped.end());
      }
    }
    Matcher plain = PLAIN.matcher(text);
    while (plain.find()) {
      if (afterPhoneWord(text, plain.start())) {
        add(out, text, plain.start(), plain.end());
      }
    }
    return out;
  }

  /**
   * A number libphonenumber accepts for some region: at least 7 digits (shorter ones are service
   * codes), and a bare digit run needs 10 digits or a phone word ("PD 0332991" is a drug code).
   */
  private static boolean plausible(String text, int start, String raw) {
    int digits = raw.replaceAll("\\D", "").length();
    boolean bare = raw.matches("\\d+");
    return digits >= 7 && !range(raw) && (!bare || digits >= 10 || afterPhoneWord(text, start));
  }

  /** "3000-5000", "330 000-701 200", "0.750-0.757", "1995 1.55": ranges and decimals, not phones. */
  private static boolean range(String c) {
    String[] dash = c.replace(" ", "").split("-");
    boolean sameWidth = dash.length == 2 && dash[0].matches("\\d+") && dash[0].length() == dash[1].length()
        && dash[0].compareTo(dash[1]) < 0;
    boolean decimals = !c.startsWith("+") && c.indexOf('.') >= 0 && c.matches(".*[\\s-].*");
    return sameWidth || decimals;
  }

  private static boolean looksLikePhone(String text, int start, String candidate) {
    int digits = candidate.replaceAll("(?i)\\s?(x|ext\\.?)\\s?\\d+$", "").replaceAll("\\D", "").length();
    if (digits < 7 || digits > 15 || DATE.matcher(candidate).find() || IPV4.matcher(candidate).matches()
        || range(candidate.strip())) {
      return false;
    }
    String c = candidate.strip();
    boolean marked = c.startsWith("+") || c.startsWith("00") || c.startsWith("(") || c.matches(".*(x|ext\\.?)\\s?\\d+$");
    long groups = c.split("[ .()-]+").length;
    return marked || afterPhoneWord(text, start) || (groups >= 2 && digits >= 9) || (groups >= 3 && digits >= 7);
  }

  private static boolean afterPhoneWord(String text, int start) {
    return PHONE_WORD.matcher(text.substring(Math.max(0, start - 40), start)).find();
  }

  /** Adds the match with a trailing extension ("x751"), unless a longer one already covers it. */
  private static void add(List<PiiMatch> out, String text, int start, int end) {
    Matcher ext = EXTENSION.matcher(text.substring(end));
    int stop = ext.find() ? end + ext.end() : end;
    PiiMatch m = new PiiMatch(PiiKind.PHONE, start, stop);
    out.removeIf(o -> o.overlaps(m) && o.end() - o.start() < stop - start);
    if (out.stream().noneMatch(o -> o.overlaps(m))) {
      out.add(m);
    }
  }
}
