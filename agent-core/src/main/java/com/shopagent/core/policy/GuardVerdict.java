package com.shopagent.core.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.shopagent.core.CborSerializable;
import java.util.List;
import java.util.Locale;

/**
 * What a guard decided and why. Reasons are short category codes ({@code prompt_injection},
 * {@code system_prompt_extraction}...) that are safe to log and audit: they never quote the text.
 *
 * @param layer the layer that blocked ({@code rule}, {@code hiddentext}, {@code learned}...), null when allowed
 * @param score the learned layer's attack probability when it ran, null when it did not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuardVerdict(Verdict verdict, List<String> reasons, String layer, Double score)
    implements CborSerializable {
  public static final GuardVerdict ALLOW = new GuardVerdict(Verdict.ALLOW, List.of());

  public enum Verdict {
    ALLOW, BLOCK;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GuardVerdict {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  public GuardVerdict(Verdict verdict, List<String> reasons) {
    this(verdict, reasons, null, null);
  }

  /** Block with these reasons, or allow when there are none. */
  public static GuardVerdict of(List<String> reasons) {
    return of(reasons, null, null);
  }

  public static GuardVerdict of(List<String> reasons, String layer, Double score) {
    return reasons.isEmpty()
        ? (score == null ? ALLOW : new GuardVerdict(Verdict.ALLOW, List.of(), null, score))
        : new GuardVerdict(Verdict.BLOCK, reasons.stream().distinct().toList(), layer, score);
  }

  public boolean blocked() {
    return verdict == Verdict.BLOCK;
  }
}
