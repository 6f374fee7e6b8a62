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

  /** Lucene's own BM25 (k1 1.2, b 0.75), title ×2 and heading ×1.5: the first setting, kept as a baseline. */
  public static final LexicalTuning LUCENE_DEFAULT = new LexicalTuning(1.2f, 0.75f, 2.0f, 1.5f);

  /** Placeholder until the SciFact tuning runs are in (docs/BENCHMARKS.md). */
  public static final LexicalTuning DEFAULT = LUCENE_DEFAULT;

  public LexicalTuning {
    if (!(k1 >= 0) || !(b >= 0 && b <= 1) || !(titleBoost >= 0) || !(headingBoost >= 0)) {
      throw new IllegalArgumentException("need k1 >= 0, 0 <= b <= 1 and non-negative boosts");
    }
  }
}
