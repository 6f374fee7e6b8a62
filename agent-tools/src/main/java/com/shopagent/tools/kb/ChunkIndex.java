package com.shopagent.tools.kb;

import java.util.List;

/**
 * The two halves a store must answer, best first; {@link HybridRetrieval} does the rest (fusion,
 * one passage per page, product order, policy forcing, signals) the same way for every store.
 */
interface ChunkIndex {

  /** Full-text match on title, headings and text; empty when the query has only stop words. */
  List<Candidate> lexical(String query, Scope scope, int limit);

  /** Nearest chunks by cosine similarity of their embeddings. */
  List<Candidate> nearest(float[] vector, Scope scope, int limit);

  /**
   * Which chunks a half may return.
   *
   * @param productTag null, or only this product's chunks plus chunks of no product at all
   * @param policyOnly only chunks of policy pages
   */
  record Scope(String productTag, boolean policyOnly) {
    static Scope of(SearchFilter filter, boolean policyOnly) {
      return new Scope(filter.productTag(), policyOnly);
    }

    boolean restricted() {
      return productTag != null || policyOnly;
    }
  }
}
