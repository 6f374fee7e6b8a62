package com.shopagent.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces emails, IBANs, payment cards, phone numbers and street addresses by stable per-session
 * tokens ({@code <EMAIL_1>}, {@code <IBAN_1>}, {@code <CARD_1>}, {@code <PHONE_1>},
 * {@code <ADDRESS_1>}) before text is persisted, audited or shown to a model. Order references,
 * dates and prices are kept: the tools need them.
 *
 * <p>Who sees what: the redacted text goes everywhere; {@link Redaction#rawValues()} only to the
 * session's in-memory vault; {@link PiiTokens} keeps keyed fingerprints, never values.
 */
public final class Redactor {
  /** Regions whose national phone formats are recognised when no region is configured. */
  public static final List<String> DEFAULT_PHONE_REGIONS = List.of("US", "GB", "DE", "FR", "AU", "IN", "CA", "BR");

  private final Hashing hashing;
  private final List<PiiDetector> detectors;

  public Redactor(Hashing hashing) {
    this(hashing, DEFAULT_PHONE_REGIONS);
  }

  public Redactor(Hashing hashing, List<String> phoneRegions) {
    this.hashing = hashing;
    this.detectors = List.of(new EmailDetector(), new IbanDetector(), new CardDetector(),
        new PhoneDetector(phoneRegions), new AddressDetector());
  }

  public Redaction redact(String text, PiiTokens known) {
    return replace(text, find(text), known);
  }

  /** The non-overlapping matches in text order; earlier detectors win an overlap. */
  List<PiiMatch> find(String text) {
    List<int[]> kept = KeptSpans.find(text);
    List<PiiMatch> accepted = new ArrayList<>();
    for (PiiDetector detector : detectors) {
      for (PiiMatch m : detector.find(text)) {
        boolean yields = (m.kind() == PiiKind.PHONE || m.kind() == PiiKind.ADDRESS) && KeptSpans.covers(kept, m);
        if (!yields && accepted.stream().noneMatch(a -> a.overlaps(m))) {
          accepted.add(m);
        }
      }
    }
    accepted.sort(Comparator.comparingInt(PiiMatch::start));
    return accepted;
  }

  private Redaction replace(String text, List<PiiMatch> found, PiiTokens known) {
    StringBuilder out = new StringBuilder();
    Map<String, String> added = new HashMap<>();
    Map<String, String> raw = new HashMap<>();
    List<Redaction.Span> spans = new ArrayList<>();
    int last = 0;
    for (PiiMatch f : found) {
      String value = text.substring(f.start(), f.end());
      String prefix = f.kind().tokenPrefix();
      String fp = hashing.hash(prefix + ":" + f.kind().normalise(value));
      String token = known.byFingerprint().getOrDefault(fp, added.get(fp));
      if (token == null) {
        token = "<" + prefix + "_" + (known.countOf(prefix) + countOf(added, prefix) + 1) + ">";
        added.put(fp, token);
      }
      raw.put(token, value);
      out.append(text, last, f.start()).append(token);
      spans.add(new Redaction.Span(f.kind().entityType(), f.start(), f.end()));
      last = f.end();
    }
    out.append(text.substring(last));
    return new Redaction(out.toString(), spans, added, raw);
  }

  private static int countOf(Map<String, String> added, String prefix) {
    String stem = "<" + prefix + "_";
    return (int) added.values().stream().filter(t -> t.startsWith(stem)).count();
  }
}
