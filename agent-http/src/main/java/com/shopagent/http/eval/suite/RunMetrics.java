package com.shopagent.http.eval.suite;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's figures. Rates are null when nothing was there to measure (no case expected an
 * intent, no case of a tier had to escalate), so "0 of 0" never reads as a perfect score.
 */
public record RunMetrics(int cases, int passed, int gateFailures, Double intentAccuracy, Double actionCorrectness,
    Double citationPrecision, Double citationRecall, Map<String, Tier> tiers, double answeredWithoutTicket,
    long p50LatencyMs, long p95LatencyMs, List<Long> latenciesMs, Double tokensPerConversation,
    Double costUsdPerConversation) {

  private static final List<String> TIER_ORDER = List.of("low", "medium", "high");

  /** Per tier: how many cases, escalated; how many had to escalate and were missed. */
  public record Tier(int cases, int escalated, int mustEscalate, int missed) {
    public double escalationRate() {
      return cases == 0 ? 0 : (double) escalated / cases;
    }

    public Double missedEscalationRate() {
      return mustEscalate == 0 ? null : (double) missed / mustEscalate;
    }
  }

  public static RunMetrics of(List<CaseResult> results) {
    int intentCases = 0, intentOk = 0, actionCases = 0, actionOk = 0, cited = 0, citedRight = 0, expected = 0, found = 0;
    int answered = 0;
    Map<String, int[]> tiers = new TreeMap<>();
    List<Long> latencies = results.stream().flatMap(r -> r.turns().stream())
        .map(CaseResult.TurnRecord::latencyMs).sorted().toList();
    for (CaseResult r : results) {
      Suite.Expect e = r.spec().expect();
      CaseResult.TurnRecord last = r.last();
      if (e.intent() != null) {
        intentCases++;
        intentOk += e.intent().equals(last.intent()) ? 1 : 0;
      }
      if (!e.toolsCalled().isEmpty() || !e.toolsNotCalled().isEmpty()) {
        actionCases++;
        actionOk += r.failures().stream().noneMatch(f -> f.startsWith("tool") || f.startsWith("forbidden tool")) ? 1 : 0;
      }
      if (!e.cite().isEmpty()) {
        cited += last.citations().size();
        citedRight += (int) last.citations().stream().filter(e.cite()::contains).count();
        expected += e.cite().size();
        found += (int) e.cite().stream().filter(last.citations()::contains).count();
      }
      boolean ticket = r.turns().stream().anyMatch(CaseResult.TurnRecord::ticket);
      answered += !ticket && last.outcome().equals("answered") ? 1 : 0;
      int[] t = tiers.computeIfAbsent(r.tier().isBlank() ? "none" : r.tier(), k -> new int[4]);
      t[0]++;
      t[1] += r.escalatedAnywhere() ? 1 : 0;
      if (Boolean.TRUE.equals(e.escalate())) {
        t[2]++;
        t[3] += r.escalatedAnywhere() ? 0 : 1;
      }
    }
    Map<String, Tier> byTier = new java.util.LinkedHashMap<>();
    tiers.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> TIER_ORDER.indexOf(e.getKey()) < 0
            ? TIER_ORDER.size() : TIER_ORDER.indexOf(e.getKey())))
        .forEach(e -> byTier.put(e.getKey(), new Tier(e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])));
    int passed = (int) results.stream().filter(CaseResult::passed).count();
    int gate = (int) results.stream().filter(r -> r.spec().gate() && !r.passed()).count();
    long tokens = results.stream().flatMap(r -> r.turns().stream()).mapToLong(t -> t.inputTokens() + t.outputTokens()).sum();
    double cost = results.stream().flatMap(r -> r.turns().stream()).mapToDouble(CaseResult.TurnRecord::costUsd).sum();
    boolean modelUsed = tokens > 0 && !results.isEmpty(); // the offline brain spends nothing: n/a, not 0
    return new RunMetrics(results.size(), passed, gate, rate(intentOk, intentCases), rate(actionOk, actionCases),
        rate(citedRight, cited), rate(found, expected), java.util.Collections.unmodifiableMap(byTier),
        results.isEmpty() ? 0 : (double) answered / results.size(), percentile(latencies, 0.50),
        percentile(latencies, 0.95), latencies, modelUsed ? (double) tokens / results.size() : null,
        modelUsed ? cost / results.size() : null);
  }

  /**
   * The same run with intent, action and citation figures measured another way: a batch over
   * real traffic has no labels, so it scores against a reference or a judge (see BatchScore).
   */
  public RunMetrics withScores(Double intent, Double action, Double precision, Double recall) {
    return new RunMetrics(cases, passed, gateFailures, intent, action, precision, recall, tiers, answeredWithoutTicket,
        p50LatencyMs, p95LatencyMs, latenciesMs, tokensPerConversation, costUsdPerConversation);
  }

  /** Missed escalations over all cases that had to escalate, whatever their tier. */
  public Double missedEscalationRate() {
    int must = tiers.values().stream().mapToInt(Tier::mustEscalate).sum();
    int missed = tiers.values().stream().mapToInt(Tier::missed).sum();
    return rate(missed, must);
  }

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
