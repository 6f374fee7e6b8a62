package com.shopagent.core.brain.routing;

import com.shopagent.core.brain.Intent;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.policy.RiskTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Routes a message to an intent: rules for the clear-cut phrases, then the nearest labelled
 * example phrases by MiniLM embedding, over the whole message and each of its clauses. When a
 * message carries several issues the riskiest one (by the policy's tiers) is surfaced.
 * Deterministic: same text, same routing. Thread-safe.
 */
public final class IntentRouter {
  static final double RULE_CONFIDENCE = 0.95;
  /** Softmax temperature over the per-intent similarities: 0.05 turns a 0.1 lead into ~88 %. */
  static final double TEMPERATURE = 0.05;
  /** A clause's own intent counts when the router is at least this sure of it. */
  static final double CLAUSE_CONFIDENCE = 0.6;
  /** Within a tier, the order in which intents surface (a request for a person first). */
  private static final List<Intent> PRIORITY = List.of(Intent.HUMAN, Intent.ACCOUNT, Intent.ORDER_CHANGE,
      Intent.COMPLAINT, Intent.ERRAND, Intent.ORDER_STATUS, Intent.FAQ, Intent.OTHER, Intent.GREETING);

  private final ExampleIndex index;
  private final EscalationPolicy policy;
  private final boolean rules;

  IntentRouter(ExampleIndex index, EscalationPolicy policy, boolean rules) {
    this.index = index;
    this.policy = policy;
    this.rules = rules;
  }

  /** A router over the shipped example phrases; the model and phrases load once per JVM. */
  public static IntentRouter create(EscalationPolicy policy) {
    return new IntentRouter(ExampleIndex.shared(), policy, true);
  }

  /** Without the rules: only to measure what the embeddings do on their own. */
  public static IntentRouter embeddingsOnly(EscalationPolicy policy) {
    return new IntentRouter(ExampleIndex.shared(), policy, false);
  }

  public Routing route(String text) {
    return routeAll(List.of(text)).get(0);
  }

  /** Routes many messages with one batched embedding call. */
  public List<Routing> routeAll(List<String> texts) {
    List<String> corrected = texts.stream().map(index.spelling()::correct).toList();
    List<List<String>> segments = corrected.stream().map(RoutingText::segments).toList();
    List<float[]> vectors = index.embed(segments.stream().flatMap(List::stream).toList());
    List<Routing> out = new ArrayList<>(texts.size());
    int at = 0;
    for (int i = 0; i < texts.size(); i++) {
      List<Map<Intent, Double>> probs = new ArrayList<>();
      for (int s = 0; s < segments.get(i).size(); s++) {
        probs.add(softmax(index.scores(vectors.get(at++))));
      }
      out.add(decide(corrected.get(i), probs));
    }
    return out;
  }

  private Routing decide(String corrected, List<Map<Intent, Double>> probs) {
    Map<Intent, Double> whole = probs.get(0);
    Intent top = best(whole);
    List<Intent> found = new ArrayList<>(rules ? IntentRules.matches(corrected) : List.of());
    boolean byRule = !found.isEmpty();
    if (!byRule) {
      found.add(top);
    }
    for (Map<Intent, Double> clause : probs.subList(1, probs.size())) {
      Intent c = best(clause);
      if (clause.get(c) >= CLAUSE_CONFIDENCE && !found.contains(c)) {
        found.add(c);
      }
    }
    found.sort(riskiestFirst());
    Intent intent = found.get(0);
    double confidence = byRule ? RULE_CONFIDENCE : probs.stream().mapToDouble(p -> p.get(intent)).max().orElse(0);
    double runnerUp = whole.entrySet().stream().filter(e -> e.getKey() != intent)
        .mapToDouble(Map.Entry::getValue).max().orElse(0);
    double highShare = byRule
        ? (found.stream().anyMatch(f -> tier(f) == RiskTier.HIGH) ? 1.0 : 0.0)
        : probs.stream().mapToDouble(this::highShare).max().orElse(0);
    return new Routing(intent, confidence, byRule ? RULE_CONFIDENCE : confidence - runnerUp, highShare, byRule,
        found, whole, OrderNumbers.find(corrected), RiskFlags.of(corrected));
  }

  private double highShare(Map<Intent, Double> p) {
    return p.entrySet().stream().filter(e -> tier(e.getKey()) == RiskTier.HIGH).mapToDouble(Map.Entry::getValue).sum();
  }

  private RiskTier tier(Intent intent) {
    return policy.tierOf(intent.label());
  }

  private Comparator<Intent> riskiestFirst() {
    return Comparator.comparing(this::tier).reversed().thenComparingInt(PRIORITY::indexOf);
  }

  private static Intent best(Map<Intent, Double> p) {
    return p.entrySet().stream().max(Map.Entry.<Intent, Double>comparingByValue()
        .thenComparing(e -> -PRIORITY.indexOf(e.getKey()))).orElseThrow().getKey();
  }

  private static Map<Intent, Double> softmax(Map<Intent, Double> scores) {
    double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<Intent, Double> exp = new EnumMap<>(Intent.class);
    scores.forEach((i, s) -> exp.put(i, Math.exp((s - max) / TEMPERATURE)));
    double sum = exp.values().stream().mapToDouble(Double::doubleValue).sum();
    exp.replaceAll((i, v) -> v / sum);
    return exp;
  }
}
