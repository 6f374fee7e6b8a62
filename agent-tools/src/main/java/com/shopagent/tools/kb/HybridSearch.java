package com.shopagent.tools.kb;

import com.shopagent.core.model.Passage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * One query against one searcher: BM25 and KNN run separately (top 50 each), are fused by RRF,
 * deduplicated by url, product pages first, and a policy passage forced in when asked for.
 */
final class HybridSearch {

  static final int CANDIDATES = 50;
  private static final float TITLE_BOOST = 2.0f;
  private static final float HEADING_BOOST = 1.5f;
  private static final Map<String, Float> FIELD_BOOSTS =
      Map.of(ChunkFields.TITLE, TITLE_BOOST, ChunkFields.HEADING, HEADING_BOOST, ChunkFields.TEXT, 1f);

  private record Hit(Passage passage, boolean productPage) {}

  private final QueryBuilder lexical;
  private final ChunkEmbedder embedder;

  HybridSearch(Analyzer analyzer, ChunkEmbedder embedder) {
    this.lexical = new QueryBuilder(analyzer);
    this.embedder = embedder;
  }

  List<Passage> search(IndexSearcher searcher, String query, int topK, SearchFilter filter) throws IOException {
    Query words = bm25(query);
    float[] vector = embedder.embedQuery(query);
    List<Hit> hits = rank(searcher, words, vector, restriction(filter, false), filter);
    if (filter.product().isPresent()) {
      hits.sort(Comparator.comparing((Hit h) -> !h.productPage())); // stable: fused order within groups
    }
    List<Passage> top = new ArrayList<>(hits.stream().limit(topK).map(Hit::passage).toList());
    if (filter.needPolicy() && top.stream().noneMatch(Passage::policy)) {
      List<Hit> policies = rank(searcher, words, vector, restriction(filter, true), filter);
      if (!policies.isEmpty()) {
        if (top.size() == topK) {
          top.remove(top.size() - 1);
        }
        top.add(policies.get(0).passage());
      }
    }
    return List.copyOf(top);
  }

  private List<Hit> rank(IndexSearcher searcher, Query words, float[] vector, Query restriction, SearchFilter filter)
      throws IOException {
    List<int[]> rankings = new ArrayList<>();
    if (words != null) {
      Query scoped = restriction == null ? words
          : new BooleanQuery.Builder().add(words, Occur.MUST).add(restriction, Occur.FILTER).build();
      rankings.add(docIds(searcher.search(scoped, CANDIDATES)));
    }
    Query nearest = new KnnFloatVectorQuery(ChunkFields.VECTOR, vector, CANDIDATES, restriction);
    rankings.add(docIds(searcher.search(nearest, CANDIDATES)));
    Map<String, Hit> bestPerUrl = new LinkedHashMap<>();
    StoredFields stored = searcher.storedFields();
    for (RankFusion.Fused fused : RankFusion.fuse(RankFusion.DEFAULT_K, rankings)) {
      Document doc = stored.document(fused.doc());
      boolean productPage = filter.product().map(ChunkFields.tags(doc)::contains).orElse(false);
      Passage passage = ChunkFields.toPassage(doc, fused.score());
      bestPerUrl.putIfAbsent(passage.url(), new Hit(passage, productPage));
    }
    return new ArrayList<>(bestPerUrl.values());
  }

  /** Title and headings say what a page is about, so a match there counts more than in the text. */
  private Query bm25(String query) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean hasTerms = false;
    for (var field : FIELD_BOOSTS.entrySet()) {
      Query q = lexical.createBooleanQuery(field.getKey(), query);
      if (q != null) {
        any.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
        hasTerms = true;
      }
    }
    return hasTerms ? any.build() : null; // only stop words: the vector half still answers
  }

  /** Product scope: that product's chunks or chunks of no product at all. Null when unrestricted. */
  private static Query restriction(SearchFilter filter, boolean policyOnly) {
    BooleanQuery.Builder must = new BooleanQuery.Builder();
    boolean any = false;
    if (filter.product().isPresent()) {
      must.add(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ChunkFields.TAG, filter.productTag())), Occur.SHOULD)
          .add(new TermQuery(new Term(ChunkFields.HAS_PRODUCT, "false")), Occur.SHOULD)
          .build(), Occur.FILTER);
      any = true;
    }
    if (policyOnly) {
      must.add(new TermQuery(new Term(ChunkFields.POLICY, "true")), Occur.FILTER);
      any = true;
    }
    return any ? must.build() : null;
  }

  private static int[] docIds(TopDocs top) {
    return Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
  }
}
