package com.shopagent.tools.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion: score(d) = Σ w / (k + rank of d in each ranking), rank from 1.
 * It needs no calibration between BM25 and cosine scores, which live on unrelated scales.
 */
final class RankFusion {

  record Fused(String id, double score) {}

  record Ranking(List<String> ids, double weight) {}

  private RankFusion() {}

  /** Best first; ties keep the order in which ids were first seen. */
  static List<Fused> fuse(int k, List<Ranking> rankings) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Ranking ranking : rankings) {
      for (int rank = 0; rank < ranking.ids().size(); rank++) {
        scores.merge(ranking.ids().get(rank), ranking.weight() / (k + rank + 1), Double::sum);
      }
    }
    List<Fused> fused = new ArrayList<>();
    scores.forEach((id, score) -> fused.add(new Fused(id, score)));
    fused.sort(Comparator.comparingDouble(Fused::score).reversed());
    return fused;
  }
}
