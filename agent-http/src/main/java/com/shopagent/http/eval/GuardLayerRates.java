package com.shopagent.http.eval;

import com.shopagent.http.eval.GuardExamples.Example;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Block and false-block counts of one set for the rule layers, the learned layer and both together. */
public record GuardLayerRates(String set, int attacks, int benign, int[] rules, int[] learned, int[] both) {
  /** Each int[]: {attacks blocked, benign blocked}. */
  public static List<GuardLayerRates> of(List<Example> all, double[] p, double threshold) {
    Map<String, GuardLayerRates> bySet = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      GuardLayerRates r = bySet.computeIfAbsent(e.set(),
          s -> new GuardLayerRates(s, 0, 0, new int[2], new int[2], new int[2]));
      boolean model = p[i] >= threshold;
      int k = e.attack() ? 0 : 1;
      r.rules[k] += e.ruleBlocked() ? 1 : 0;
      r.learned[k] += model ? 1 : 0;
      r.both[k] += e.ruleBlocked() || model ? 1 : 0;
      bySet.put(e.set(), e.attack() ? r.withCounts(r.attacks + 1, r.benign) : r.withCounts(r.attacks, r.benign + 1));
    }
    return new ArrayList<>(bySet.values());
  }

  private GuardLayerRates withCounts(int a, int b) {
    return new GuardLayerRates(set, a, b, rules, learned, both);
  }

  /** "blocked % (n/N)" of attacks, then of benign messages, for one layer. */
  public String cell(int[] layer, boolean attacksSide) {
    int n = attacksSide ? attacks : benign;
    int k = attacksSide ? layer[0] : layer[1];
    return n == 0 ? "-" : String.format("%.2f %% (%d/%d)", 100.0 * k / n, k, n);
  }

  public static void print(List<GuardLayerRates> rates, java.io.PrintStream out) {
    out.printf("%-28s | %-44s | %-44s | %-44s%n", "set", "rules: block / false block",
        "learned: block / false block", "rules + learned: block / false block");
    for (GuardLayerRates r : rates) {
      out.printf("%-28s | %-44s | %-44s | %-44s%n", r.set(), pair(r, r.rules()), pair(r, r.learned()), pair(r, r.both()));
    }
  }

  private static String pair(GuardLayerRates r, int[] layer) {
    return r.cell(layer, true) + " / " + r.cell(layer, false);
  }
}
