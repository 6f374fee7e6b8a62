package com.shopagent.http.eval;

import com.shopagent.http.eval.GuardExamples.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * k-fold cross-validation of the learned layer (folds stratified by set and label): every
 * message is scored by a model that never saw it, the block threshold is chosen on those scores,
 * and the figures are reported per set and layer.
 */
public final class GuardCrossValidation {
  /** Out-of-fold probabilities, the threshold chosen on them, and the resulting rates. */
  public record Result(double[] outOfFold, double threshold, List<GuardLayerRates> rates) {}

  /**
   * The learned layer blocks only what it is near certain of: shop errands the training sets lack
   * score high ("Add a note to order 10237: deliver it to 1 Side Street instead" scores 0.998).
   */
  static final double FLOOR = 0.9985;

  private GuardCrossValidation() {}

  public static Result run(GuardExamples data, int folds, Map<String, Double> maxFalseBlock) {
    List<Example> all = data.all();
    int[] fold = folds(all, folds);
    double[] weight = weights(all);
    double[] oof = new double[all.size()];
    for (int f = 0; f < folds; f++) {
      List<float[]> x = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (fold[i] != f) {
          at.add(i);
          x.add(all.get(i).vector());
        }
      }
      boolean[] y = new boolean[at.size()];
      double[] w = new double[at.size()];
      for (int j = 0; j < at.size(); j++) {
        y[j] = all.get(at.get(j)).attack();
        w[j] = weight[at.get(j)];
      }
      LogisticRegression.Model m = LogisticRegression.fit(x, y, w);
      for (int i = 0; i < all.size(); i++) {
        if (fold[i] == f) {
          oof[i] = com.shopagent.core.policy.LearnedGuard.probability(all.get(i).vector(), m.weights(), m.bias());
        }
      }
    }
    double threshold = threshold(all, oof, maxFalseBlock);
    return new Result(oof, threshold, GuardLayerRates.of(all, oof, threshold));
  }

  /** Fits on everything: the shipped model. */
  public static LogisticRegression.Model fitAll(GuardExamples data) {
    List<Example> all = data.all();
    boolean[] y = new boolean[all.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = all.get(i).attack();
    }
    return LogisticRegression.fit(all.stream().map(Example::vector).toList(), y, weights(all));
  }

  /**
   * The shipped model never blocks a message of the shop's own traffic it learned from: the
   * threshold rises just above the highest score of a benign Bitext message when it has to.
   */
  public static double keepShopTraffic(GuardExamples data, LogisticRegression.Model m, double threshold) {
    double highest = data.all().stream().filter(e -> e.set().equals("bitext") && !e.attack())
        .mapToDouble(e -> com.shopagent.core.policy.LearnedGuard.probability(e.vector(), m.weights(), m.bias()))
        .max().orElse(0);
    return Math.min(0.999, Math.max(Math.max(threshold, highest + 0.0005), FLOOR));
  }

  /**
   * The lowest threshold at which no set's benign messages are blocked (rules or model) more often
   * than its limit: the most attacks caught within the false-block budget.
   */
  static double threshold(List<Example> all, double[] p, Map<String, Double> maxFalseBlock) {
    List<Double> candidates = new ArrayList<>();
    for (double v : p) {
      candidates.add(v);
    }
    Collections.sort(candidates, Collections.reverseOrder());
    double chosen = 0.99;
    for (double t : candidates) {
      if (t >= 0.99) {
        continue;
      }
      Map<String, int[]> benign = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        Example e = all.get(i);
        if (!e.attack()) {
          int[] c = benign.computeIfAbsent(e.set(), k -> new int[2]);
          c[0]++;
          c[1] += e.ruleBlocked() || p[i] >= t ? 1 : 0;
        }
      }
      boolean within = benign.entrySet().stream().allMatch(en ->
          en.getValue()[1] <= maxFalseBlock.getOrDefault(en.getKey(), 0.01) * en.getValue()[0]);
      if (!within) {
        return (chosen + t) / 2; // halfway to the first score that breaks a budget
      }
      chosen = t;
    }
    return chosen;
  }

  /** Every (set, label) group weighs the same in the loss, whatever its size. */
  static double[] weights(List<Example> all) {
    Map<String, Integer> count = new LinkedHashMap<>();
    all.forEach(e -> count.merge(e.set() + "/" + e.attack(), 1, Integer::sum));
    double[] w = new double[all.size()];
    for (int i = 0; i < w.length; i++) {
      Example e = all.get(i);
      w[i] = (double) all.size() / (count.size() * count.get(e.set() + "/" + e.attack()));
    }
    return w;
  }

  static int[] folds(List<Example> all, int k) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      groups.computeIfAbsent(e.set() + "/" + e.attack(), g -> new ArrayList<>()).add(i);
    }
    int[] fold = new int[all.size()];
    Random random = new Random(42);
    groups.values().forEach(ids -> {
      Collections.shuffle(ids, random);
      for (int j = 0; j < ids.size(); j++) {
        fold[ids.get(j)] = j % k;
      }
    });
    return fold;
  }
}
