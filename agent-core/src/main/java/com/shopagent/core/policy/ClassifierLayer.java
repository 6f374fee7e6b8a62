package com.shopagent.core.policy;

import java.util.List;

/** Asks a model for an attack probability; blocks at or above the threshold with its reason code. */
public final class ClassifierLayer implements GuardLayer {
  private final InjectionClassifier classifier;
  private final double threshold;
  private final String reason;
  private final String name;

  public ClassifierLayer(InjectionClassifier classifier, double threshold) {
    this(classifier, threshold, "classifier", "classifier");
  }

  public ClassifierLayer(InjectionClassifier classifier, double threshold, String reason, String name) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.classifier = classifier;
    this.threshold = threshold;
    this.reason = reason;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> reasons(String redactedText) {
    return check(redactedText).reasons();
  }

  @Override
  public Check check(String redactedText) {
    double p = classifier.attackProbability(redactedText);
    return new Check(p >= threshold ? List.of(reason) : List.of(), p);
  }
}
