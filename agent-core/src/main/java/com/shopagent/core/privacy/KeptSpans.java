package com.shopagent.core.privacy;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Numbers that look like phones or house numbers but must survive redaction: order, invoice and
 * tracking references (the tools need them), dates, prices and our own ids (a session id in a
 * ticket body: "…-671028721ea7" holds a phone-length digit run). Only phone and address matches
 * give way to these; a checksum-valid card or IBAN is always redacted.
 */
final class KeptSpans {
  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)(?:\\b(?:order|purchase|invoice|bill|receipt|ref|reference|tracking|ticket|parcel|shipment|package"
          + "|return|rma|sku|item|confirmation|transaction|case|booking)s?\\b[ \\t]*(?:no\\.?|nr\\.?|number|num|id"
          + "|code)?[ \\t]*(?:is|was|:)?[ \\t]*#?|#[ \\t]?)\\d[\\dA-Z-]*");
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b");
  private static final Pattern PRICE = Pattern.compile(
      "(?i)[$€£¥]\\s?\\d[\\d,.]*|\\b\\d[\\d,.]*\\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\\b");

  private static final Pattern UUID = Pattern.compile(
      "\\b\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\b");

  private KeptSpans() {}

  static List<int[]> find(String text) {
    return Stream.of(REFERENCE, DATE, PRICE, UUID)
        .flatMap(p -> p.matcher(text).results())
        .map(r -> new int[] {r.start(), r.end()})
        .toList();
  }

  static boolean covers(List<int[]> kept, PiiMatch m) {
    return kept.stream().anyMatch(k -> m.overlaps(k[0], k[1]));
  }
}
