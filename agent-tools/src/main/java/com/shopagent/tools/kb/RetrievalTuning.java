package com.shopagent.tools.kb;

/**
 * Knobs of hybrid retrieval, shared by every store so both rank alike.
 *
 * @param rrfK reciprocal-rank-fusion constant: larger flattens the difference between ranks
 * @param candidates how many chunks each half (lexical, vector) hands to the fusion
 * @param lexicalWeight weight of the lexical half's 1/(k + rank) term
 * @param vectorWeight weight of the vector half's term
 * @param lexical BM25 parameters and field boosts of the Lucene store
 */
public record RetrievalTuning(int rrfK, int candidates, double lexicalWeight, double vectorWeight,
    LexicalTuning lexical) {

  /**
   * k = 5 and 100 candidates per half, equal weights: on the SciFact train split a smaller k
   * (trusting the top ranks of each half more) and a deeper pool did best (docs/BENCHMARKS.md).
   */
  public static final RetrievalTuning DEFAULT = new RetrievalTuning(5, 100, 1.0, 1.0, LexicalTuning.DEFAULT);

  public RetrievalTuning {
    if (rrfK < 1 || candidates < 1 || lexicalWeight < 0 || vectorWeight < 0 || lexicalWeight + vectorWeight == 0) {
      throw new IllegalArgumentException("need rrfK >= 1, candidates >= 1 and non-negative weights, not both 0");
    }
    if (lexical == null) {
      throw new IllegalArgumentException("lexical tuning is required");
    }
  }

  public RetrievalTuning withRrfK(int k) {
    return new RetrievalTuning(k, candidates, lexicalWeight, vectorWeight, lexical);
  }

  public RetrievalTuning withCandidates(int n) {
    return new RetrievalTuning(rrfK, n, lexicalWeight, vectorWeight, lexical);
  }

  public RetrievalTuning withWeights(double lexical, double vector) {
    return new RetrievalTuning(rrfK, candidates, lexical, vector, this.lexical);
  }

  public RetrievalTuning withLexical(LexicalTuning bm25) {
    return new RetrievalTuning(rrfK, candidates, lexicalWeight, vectorWeight, bm25);
  }

  /** The fused score of a chunk ranked first by every half that ran: the top of the scale. */
  double bestPossibleScore(SearchMode mode) {
    return ((mode.lexical() ? lexicalWeight : 0) + (mode.vector() ? vectorWeight : 0)) / (rrfK + 1);
  }
}
