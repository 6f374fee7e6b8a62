package com.shopagent.core.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pattern layer: weighted rules over a normalised copy of the text (NFKC, so full-width and
 * look-alike compatibility letters match; invisible format characters removed, so "ig\u200Bnore"
 * still reads "ignore"). A category is a reason when its matched weights reach 1.0, and the text
 * is blocked when all matched weights together do.
 */
public final class RuleLayer implements GuardLayer {
  private static final double BLOCK_AT = 1.0;
  private final List<GuardRule> rules;

  RuleLayer(List<GuardRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules shipped with the agent. */
  public static RuleLayer defaults() {
    return new RuleLayer(GuardRules.defaults());
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public List<String> reasons(String redactedText) {
    String text = normalise(redactedText);
    Map<String, Double> byCategory = new LinkedHashMap<>();
    for (GuardRule rule : rules) {
      if (rule.pattern().matcher(text).find()) {
        byCategory.merge(rule.category(), rule.weight(), Double::sum);
      }
    }
    double total = byCategory.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total < BLOCK_AT) {
      return List.of();
    }
    List<String> reasons = new ArrayList<>();
    byCategory.forEach((category, weight) -> {
      if (weight >= BLOCK_AT) {
        reasons.add(category);
      }
    });
    // weak signals of several kinds together: name the strongest of them
    if (reasons.isEmpty()) {
      reasons.add(byCategory.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
    }
    return List.copyOf(reasons);
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
  }
}
