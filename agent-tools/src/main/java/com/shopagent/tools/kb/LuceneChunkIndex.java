package com.shopagent.tools.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/** Both halves on one Lucene searcher (one commit): BM25 over text fields, HNSW over vectors. */
final class LuceneChunkIndex implements ChunkIndex {

  private final IndexSearcher searcher;
  private final QueryBuilder queries;
  private final Map<String, Float> fieldBoosts;

  /** The searcher carries the BM25 similarity; {@code tuning} gives the field boosts. */
  LuceneChunkIndex(IndexSearcher searcher, Analyzer analyzer, LexicalTuning tuning) {
    this.searcher = searcher;
    this.queries = new QueryBuilder(analyzer);
    this.fieldBoosts = Map.of(ChunkFields.TITLE, tuning.titleBoost(), ChunkFields.HEADING, tuning.headingBoost(),
        ChunkFields.TEXT, 1f);
  }

  @Override
  public List<Candidate> lexical(String query, Scope scope, int limit) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean hasTerms = false;
    for (var field : fieldBoosts.entrySet()) {
      Query q = queries.createBooleanQuery(field.getKey(), query);
      if (q != null && field.getValue() > 0) {
        any.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
        hasTerms = true;
      }
    }
    if (!hasTerms) {
      return List.of(); // only stop words: the vector half still answers
    }
    Query restriction = restriction(scope);
    Query scoped = restriction == null ? any.build()
        : new BooleanQuery.Builder().add(any.build(), Occur.MUST).add(restriction, Occur.FILTER).build();
    return run(scoped, limit);
  }

  @Override
  public List<Candidate> nearest(float[] vector, Scope scope, int limit) {
    return run(new KnnFloatVectorQuery(ChunkFields.VECTOR, vector, limit, restriction(scope)), limit);
  }

  private List<Candidate> run(Query query, int limit) {
    try {
      TopDocs top = searcher.search(query, limit);
      StoredFields stored = searcher.storedFields();
      List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(ChunkFields.toCandidate(stored.document(sd.doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("knowledge-base search failed", e);
    }
  }

  /** Product scope: that product's chunks or chunks of no product at all. Null when unrestricted. */
  private static Query restriction(Scope scope) {
    if (!scope.restricted()) {
      return null;
    }
    BooleanQuery.Builder must = new BooleanQuery.Builder();
    if (scope.productTag() != null) {
      must.add(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ChunkFields.TAG, scope.productTag())), Occur.SHOULD)
          .add(new TermQuery(new Term(ChunkFields.HAS_PRODUCT, "false")), Occur.SHOULD)
          .build(), Occur.FILTER);
    }
    if (scope.policyOnly()) {
      must.add(new TermQuery(new Term(ChunkFields.POLICY, "true")), Occur.FILTER);
    }
    return must.build();
  }
}
