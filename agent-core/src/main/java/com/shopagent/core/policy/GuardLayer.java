package com.shopagent.core.policy;

import java.util.List;

/**
 * One check of a {@link PromptGuard}: the reasons it would block the (already redacted) text for,
 * empty when it sees nothing wrong. Pattern layers are cheap and run first; a model layer
 * ({@link ClassifierLayer}) costs an embedding or a call, so it only runs when they pass.
 */
public interface GuardLayer {
  List<String> reasons(String redactedText);

  /** What this layer is called in verdicts and the audit trail. */
  default String name() {
    return getClass().getSimpleName().replace("Layer", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** The reasons plus a score where the layer has one (a model's probability); null otherwise. */
  default Check check(String redactedText) {
    return new Check(reasons(redactedText), null);
  }

  record Check(List<String> reasons, Double score) {
    public Check {
      reasons = List.copyOf(reasons);
    }
  }
}
