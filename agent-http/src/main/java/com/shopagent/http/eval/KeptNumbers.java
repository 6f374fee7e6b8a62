package com.shopagent.http.eval;

import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redactor;
import java.util.List;

/**
 * False redactions on messages that hold no personal data (Bitext shop utterances): how many were
 * changed at all, and how many labelled values (order and invoice numbers, amounts, names) survived.
 */
public final class KeptNumbers {
  /** {@code changedExamples}: a few altered messages, redacted, to show what went wrong. */
  public record Result(int messages, int changed, int numbers, int numbersKept, List<String> changedExamples) {}

  private KeptNumbers() {}

  /** {@code records}: text plus, as label, the value it holds that must survive (or null). */
  public static Result run(Redactor redactor, List<TextRecord> records) {
    int changed = 0;
    int numbers = 0;
    int kept = 0;
    List<String> examples = new java.util.ArrayList<>();
    for (TextRecord r : records) {
      String out = redactor.redact(r.text(), PiiTokens.EMPTY).text();
      if (!out.equals(r.text())) {
        changed++;
        if (examples.size() < 10) {
          examples.add(out);
        }
      }
      if (r.label() != null && !r.label().isBlank() && r.text().contains(r.label())) {
        numbers++;
        kept += out.contains(r.label()) ? 1 : 0;
      }
    }
    return new Result(records.size(), changed, numbers, kept, List.copyOf(examples));
  }
}
