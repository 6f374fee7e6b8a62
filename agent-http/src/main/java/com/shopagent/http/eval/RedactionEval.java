package com.shopagent.http.eval;

import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redaction;
import com.shopagent.core.privacy.Redactor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/** Scores a redactor on Presidio-format samples, for the five types it redacts. */
public final class RedactionEval {
  public static final List<String> SCORED =
      List.of("CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER", "STREET_ADDRESS");
  // Presidio's generator labels street addresses ADDRESS; the recogniser name is STREET_ADDRESS
  private static final Map<String, String> GOLD_TYPES = Map.of(
      "ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "CREDIT_CARD", "CREDIT_CARD",
      "EMAIL_ADDRESS", "EMAIL_ADDRESS", "EMAIL", "EMAIL_ADDRESS", "IBAN_CODE", "IBAN_CODE",
      "PHONE_NUMBER", "PHONE_NUMBER");

  /** Scores plus the gold types that were not scored, with their span counts. */
  public record Result(int samples, SpanScores scores, Map<String, Integer> ignored) {}

  private RedactionEval() {}

  public static Result run(Redactor redactor, List<PresidioSamples.Sample> samples, IntConsumer progress) {
    SpanScores scores = new SpanScores(SCORED);
    Map<String, Integer> ignored = new TreeMap<>();
    int done = 0;
    for (PresidioSamples.Sample s : samples) {
      String text = s.text();
      List<SpanScores.Labelled> gold = s.gold().stream()
          .peek(g -> {
            if (!GOLD_TYPES.containsKey(g.type())) {
              ignored.merge(g.type(), 1, Integer::sum);
            }
          })
          .filter(g -> GOLD_TYPES.containsKey(g.type()))
          .map(g -> new SpanScores.Labelled(GOLD_TYPES.get(g.type()), utf16(text, g.start()), utf16(text, g.end())))
          .toList();
      Redaction r = redactor.redact(text, PiiTokens.EMPTY);
      List<SpanScores.Labelled> predicted =
          r.spans().stream().map(p -> new SpanScores.Labelled(p.type(), p.start(), p.end())).toList();
      scores.add(text, gold, predicted);
      progress.accept(++done);
    }
    return new Result(samples.size(), scores, java.util.Collections.unmodifiableMap(ignored));
  }

  /** Presidio's offsets count code points (Python strings); Java's count UTF-16 units. */
  private static int utf16(String text, int codePoints) {
    int cp = Math.min(Math.max(codePoints, 0), text.codePointCount(0, text.length()));
    return text.offsetByCodePoints(0, cp);
  }
}
