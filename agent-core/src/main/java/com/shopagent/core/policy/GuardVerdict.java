package com.shopagent.core.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import com.shopagent.core.CborSerializable;
import java.util.List;
import java.util.Locale;

/**
 * What a guard decided and why. Reasons are short category codes ({@code prompt_injection},
 * {@code system_prompt_extraction}...) that are safe to log and audit: they never quote the text.
 */
public record GuardVerdict(Verdict verdict, List<String> reasons) implements CborSerializable {
  public static final GuardVerdict ALLOW = new GuardVerdict(Verdict.ALLOW, List.of());

  public enum Verdict {
    ALLOW, BLOCK;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GuardVerdict {
    reasons = List.copyOf(reasons);
  }

  /** Block with these reasons, or allow when there are none. */
  public static GuardVerdict of(List<String> reasons) {
    return reasons.isEmpty() ? ALLOW : new GuardVerdict(Verdict.BLOCK, reasons.stream().distinct().toList());
  }

  public boolean blocked() {
    return verdict == Verdict.BLOCK;
  }
}
