package com.shopagent.tools.kb.eval;

import com.shopagent.core.model.Passage;
import com.shopagent.tools.kb.KnowledgeBase;
import com.shopagent.tools.kb.SearchFilter;
import com.shopagent.tools.kb.SearchMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Runs every judged query of a dataset in each search mode and measures quality and latency. */
public final class KbEvaluation {

  /** Quality averaged over queries, and per-query latency percentiles in milliseconds. */
  public record Result(RankingMetrics metrics, double p50Ms, double p95Ms) {}

  /** Told after each query, e.g. to draw a progress bar. */
  @FunctionalInterface
  public interface Progress {
    void queried(SearchMode mode, int done, int total);
  }

  private static final int DEPTH = 10;

  private KbEvaluation() {}

  /** The dataset's corpus must already be ingested into {@code kb}. */
  public static Map<SearchMode, Result> run(KnowledgeBase kb, BeirDataset data, List<SearchMode> modes, Progress progress) {
    Map<SearchMode, Result> results = new EnumMap<>(SearchMode.class);
    for (SearchMode mode : modes) {
      List<RankingMetrics> perQuery = new ArrayList<>();
      double[] millis = new double[data.queries().size()];
      int i = 0;
      for (var query : data.queries().entrySet()) {
        long start = System.nanoTime();
        List<Passage> found = kb.retrieve(query.getValue(), DEPTH, SearchFilter.NONE, mode).passages();
        millis[i++] = (System.nanoTime() - start) / 1e6;
        // passages are one per page and a page's url is its document id
        perQuery.add(RankingMetrics.of(found.stream().map(Passage::url).toList(), data.qrels().get(query.getKey())));
        progress.queried(mode, i, millis.length);
      }
      results.put(mode, new Result(RankingMetrics.mean(perQuery), percentile(millis, 50), percentile(millis, 95)));
    }
    return results;
  }

  /** Nearest-rank percentile. */
  public static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
