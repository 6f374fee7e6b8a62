package com.shopagent.tools.kb.eval;

import java.util.List;
import java.util.Map;

/**
 * The usual ranking measures for one query, with graded relevance (score > 0 is relevant) and
 * linear gain, as trec_eval and BEIR compute them.
 */
public record RankingMetrics(double ndcg10, double recall5, double recall10, double mrr10) {

  public static RankingMetrics of(List<String> ranked, Map<String, Integer> relevance) {
    long relevant = relevance.values().stream().filter(r -> r > 0).count();
    if (relevant == 0) {
      throw new IllegalArgumentException("a query needs at least one relevant document");
    }
    double dcg = 0;
    double mrr = 0;
    int found5 = 0;
    int found10 = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      int rel = Math.max(0, relevance.getOrDefault(ranked.get(i), 0));
      dcg += rel / log2(i + 2);
      if (rel > 0) {
        mrr = mrr == 0 ? 1.0 / (i + 1) : mrr;
        found10++;
        found5 += i < 5 ? 1 : 0;
      }
    }
    List<Integer> ideal = relevance.values().stream().filter(r -> r > 0).sorted((a, b) -> b - a).limit(10).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return new RankingMetrics(dcg / idcg, (double) found5 / relevant, (double) found10 / relevant, mrr);
  }

  /** The mean of each measure over queries. */
  public static RankingMetrics mean(List<RankingMetrics> perQuery) {
    int n = perQuery.size();
    return new RankingMetrics(
        perQuery.stream().mapToDouble(RankingMetrics::ndcg10).sum() / n,
        perQuery.stream().mapToDouble(RankingMetrics::recall5).sum() / n,
        perQuery.stream().mapToDouble(RankingMetrics::recall10).sum() / n,
        perQuery.stream().mapToDouble(RankingMetrics::mrr10).sum() / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
