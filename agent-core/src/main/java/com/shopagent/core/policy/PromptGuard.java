package com.shopagent.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a customer message may reach the brain: layered checks for prompt injection,
 * role-play jailbreaks, system-prompt extraction, requests for other customers' data, tool names
 * or secrets, and instructions hidden in quoted emails or reviews. Layers run in order and the
 * first that blocks ends the check, so the model layer only sees what the patterns let through.
 * Give it redacted text: the verdict, its layer and score are audited.
 */
public final class PromptGuard {
  private final List<GuardLayer> layers;

  public PromptGuard(List<GuardLayer> layers) {
    this.layers = List.copyOf(layers);
  }

  /** The pattern and hidden-text layers, without a model. */
  public static PromptGuard rulesOnly() {
    return new PromptGuard(List.of(new HiddenTextLayer(), RuleLayer.defaults()));
  }

  /** What the agent runs: the pattern layers, then the learned layer shipped in the jar. */
  public static PromptGuard defaults() {
    List<GuardLayer> all = new ArrayList<>(rulesOnly().layers);
    all.add(LearnedGuard.shipped().layer());
    return new PromptGuard(all);
  }

  /** The default layers plus a model classifier that runs when they pass. */
  public static PromptGuard withClassifier(InjectionClassifier classifier, double threshold) {
    List<GuardLayer> all = new ArrayList<>(defaults().layers);
    all.add(new ClassifierLayer(classifier, threshold));
    return new PromptGuard(all);
  }

  public List<GuardLayer> layers() {
    return layers;
  }

  public GuardVerdict check(String redactedText) {
    Double score = null;
    for (GuardLayer layer : layers) {
      GuardLayer.Check c = layer.check(redactedText);
      score = c.score() != null ? c.score() : score;
      if (!c.reasons().isEmpty()) {
        return GuardVerdict.of(c.reasons(), layer.name(), score);
      }
    }
    return GuardVerdict.of(List.of(), null, score);
  }
}
