package com.shopagent.tools.kb;

import com.shopagent.core.model.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One question against one {@link ChunkIndex}: the lexical and vector halves run separately, are
 * fused by weighted RRF, deduplicated by url, product pages first, and a policy passage forced in
 * when asked for. Store-agnostic, so Lucene and PostgreSQL rank alike.
 */
final class HybridRetrieval {

  private record Hit(Candidate candidate, double score, boolean productPage, boolean agreed) {}

  private final ChunkEmbedder embedder;
  private final RetrievalTuning tuning;

  HybridRetrieval(ChunkEmbedder embedder, RetrievalTuning tuning) {
    this.embedder = embedder;
    this.tuning = tuning;
  }

  /** @param filter null for none */
  Retrieval retrieve(ChunkIndex index, String query, int topK, SearchFilter filter, SearchMode mode) {
    if (query == null || query.isBlank() || topK < 1) {
      throw new IllegalArgumentException("a non-blank query and topK >= 1 are required");
    }
    return ranked(index, query, topK, filter == null ? SearchFilter.NONE : filter, mode);
  }

  private Retrieval ranked(ChunkIndex index, String query, int topK, SearchFilter filter, SearchMode mode) {
    float[] vector = mode.vector() ? embedder.embedQuery(query) : null;
    List<Hit> hits = rank(index, query, vector, ChunkIndex.Scope.of(filter, false), filter, mode);
    if (filter.product().isPresent()) {
      hits.sort(Comparator.comparing((Hit h) -> !h.productPage())); // stable: fused order within groups
    }
    List<Hit> top = new ArrayList<>(hits.subList(0, Math.min(topK, hits.size())));
    if (filter.needPolicy() && top.stream().noneMatch(h -> h.candidate().policy())) {
      List<Hit> policies = rank(index, query, vector, ChunkIndex.Scope.of(filter, true), filter, mode);
      if (!policies.isEmpty()) {
        if (top.size() == topK) {
          top.remove(top.size() - 1);
        }
        top.add(policies.get(0));
      }
    }
    List<Passage> passages = top.stream().map(h -> h.candidate().toPassage(h.score())).toList();
    return new Retrieval(passages, signals(top, filter.needPolicy(), mode));
  }

  private List<Hit> rank(ChunkIndex index, String query, float[] vector, ChunkIndex.Scope scope,
      SearchFilter filter, SearchMode mode) {
    Map<String, Candidate> byId = new HashMap<>();
    List<RankFusion.Ranking> rankings = new ArrayList<>();
    Set<String> lexicalUrls = new HashSet<>();
    Set<String> vectorUrls = new HashSet<>();
    if (mode.lexical()) {
      rankings.add(ranking(index.lexical(query, scope, tuning.candidates()), tuning.lexicalWeight(), byId, lexicalUrls));
    }
    if (mode.vector()) {
      rankings.add(ranking(index.nearest(vector, scope, tuning.candidates()), tuning.vectorWeight(), byId, vectorUrls));
    }
    Map<String, Hit> bestPerUrl = new LinkedHashMap<>();
    for (RankFusion.Fused fused : RankFusion.fuse(tuning.rrfK(), rankings)) {
      Candidate c = byId.get(fused.id());
      boolean productPage = filter.product().map(c.tags()::contains).orElse(false);
      boolean agreed = lexicalUrls.contains(c.url()) && vectorUrls.contains(c.url());
      bestPerUrl.putIfAbsent(c.url(), new Hit(c, fused.score(), productPage, agreed));
    }
    return new ArrayList<>(bestPerUrl.values());
  }

  private static RankFusion.Ranking ranking(List<Candidate> candidates, double weight, Map<String, Candidate> byId,
      Set<String> urls) {
    candidates.forEach(c -> {
      byId.putIfAbsent(c.chunkId(), c);
      urls.add(c.url());
    });
    return new RankFusion.Ranking(candidates.stream().map(Candidate::chunkId).toList(), weight);
  }

  private RetrievalSignals signals(List<Hit> top, boolean policyNeeded, SearchMode mode) {
    double best = tuning.bestPossibleScore(mode);
    double first = top.isEmpty() ? 0 : top.get(0).score() / best;
    double second = top.size() < 2 ? 0 : top.get(1).score() / best;
    int agreeing = (int) top.stream().filter(Hit::agreed).count();
    boolean policyFound = top.stream().anyMatch(h -> h.candidate().policy());
    return new RetrievalSignals(first, first - second, agreeing, policyNeeded, policyFound);
  }
}
