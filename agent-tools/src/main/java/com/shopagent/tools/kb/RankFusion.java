package com.shopagent.tools.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: score(d) = Σ 1 / (k + rank of d in each ranking), rank from 1. It needs
 * no score calibration between BM25 and cosine, which live on unrelated scales.
 */
final class RankFusion {

  static final int DEFAULT_K = 60;

  record Fused(int doc, double score) {}

  private RankFusion() {}

  /** Best first; ties keep the order in which documents were first seen. */
  static List<Fused> fuse(int k, List<int[]> rankings) {
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (int[] ranking : rankings) {
      for (int rank = 0; rank < ranking.length; rank++) {
        scores.merge(ranking[rank], 1.0 / (k + rank + 1), Double::sum);
      }
    }
    List<Fused> fused = new ArrayList<>();
    scores.forEach((doc, score) -> fused.add(new Fused(doc, score)));
    fused.sort(Comparator.comparingDouble(Fused::score).reversed());
    return fused;
  }
}
