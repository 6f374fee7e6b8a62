package com.shopagent.core.policy;

import java.util.List;

/** Asks a model when one is configured; blocks at or above the threshold with reason {@code classifier}. */
public final class ClassifierLayer implements GuardLayer {
  private final InjectionClassifier classifier;
  private final double threshold;

  public ClassifierLayer(InjectionClassifier classifier, double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.classifier = classifier;
    this.threshold = threshold;
  }

  @Override
  public List<String> reasons(String redactedText) {
    return classifier.attackProbability(redactedText) >= threshold ? List.of("classifier") : List.of();
  }
}
