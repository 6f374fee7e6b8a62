package com.shopagent.tools.kb;

/**
 * Knobs of the Lucene store's BM25 half (PostgreSQL's full-text half ranks with ts_rank and ignores
 * them). Similarity parameters apply at search time, so changing them needs no re-indexing.
 *
 * @param k1 BM25 term-frequency saturation: lower stops repeated terms from dominating
 * @param b BM25 length normalisation: 0 ignores chunk length, 1 normalises fully
 * @param titleBoost weight of a match in the page title
 * @param headingBoost weight of a match in the heading path
 */
public record LexicalTuning(float k1, float b, float titleBoost, float headingBoost) {

  /**
   * Tuned on the SciFact train split (docs/BENCHMARKS.md). A title weight below the text's helps
   * there (a title's words mostly recur in the text, so a full-weight title counts them twice; 0.3
   * scored best), but shop pages need their telling titles: 0.7 is the lowest weight that keeps
   * the retrieval contract ("payment methods" finds the payment page, not the returns page that
   * mentions payment). SciFact has no headings: the heading weight is left neutral, not measured.
   */
  public static final LexicalTuning DEFAULT = new LexicalTuning(0.9f, 0.6f, 0.7f, 1.0f);

  public LexicalTuning {
    if (!(k1 >= 0) || !(b >= 0 && b <= 1) || !(titleBoost >= 0) || !(headingBoost >= 0)) {
      throw new IllegalArgumentException("need k1 >= 0, 0 <= b <= 1 and non-negative boosts");
    }
  }
}
