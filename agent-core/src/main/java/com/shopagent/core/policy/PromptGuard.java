package com.shopagent.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a customer message may reach the brain: layered checks for prompt injection,
 * role-play jailbreaks, system-prompt extraction, requests for other customers' data, tool names
 * or secrets, and instructions hidden in quoted emails or reviews. Layers run in order and the
 * first that blocks ends the check, so an expensive model layer only sees what the patterns let
 * through. Give it redacted text: the verdict and its reasons are audited.
 */
public final class PromptGuard {
  private final List<GuardLayer> layers;

  public PromptGuard(List<GuardLayer> layers) {
    this.layers = List.copyOf(layers);
  }

  /** The pattern and hidden-text layers, without a model. */
  public static PromptGuard defaults() {
    return new PromptGuard(List.of(new HiddenTextLayer(), RuleLayer.defaults()));
  }

  /** The default layers plus a model classifier that runs when they pass. */
  public static PromptGuard withClassifier(InjectionClassifier classifier, double threshold) {
    List<GuardLayer> all = new ArrayList<>(defaults().layers);
    all.add(new ClassifierLayer(classifier, threshold));
    return new PromptGuard(all);
  }

  public GuardVerdict check(String redactedText) {
    for (GuardLayer layer : layers) {
      List<String> reasons = layer.reasons(redactedText);
      if (!reasons.isEmpty()) {
        return GuardVerdict.of(reasons);
      }
    }
    return GuardVerdict.ALLOW;
  }
}
