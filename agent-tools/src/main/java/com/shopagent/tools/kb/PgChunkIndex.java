package com.shopagent.tools.kb;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Both halves on PostgreSQL: LangChain4j's pgvector store (HNSW, cosine) for the vector half and
 * full-text search (tsvector, ts_rank over title, headings and text) for the lexical half. A
 * chunk's fields travel in the store's JSONB metadata, so both halves read the same rows.
 *
 * <p>ts_rank scores every row the query matches and has no top-k pruning, so a word found on most
 * pages would make every search rank most of the table. Such words (more than {@code maxFilterDocs}
 * chunks, counted in kb_terms) are left out of which rows are read, not out of how they rank; the
 * two rarest words always filter. Below that many chunks nothing changes.
 */
final class PgChunkIndex implements ChunkIndex {

  static final String URL = "url";
  static final String TITLE = "title";
  static final String HEADING = "heading";
  static final String TAGS = "tags";
  static final String PRODUCTS = "products";
  static final String HAS_PRODUCT = "has_product";
  static final String POLICY = "policy";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** {D, C, B, A}: text 1, headings 1.5, title 2, as the Lucene store boosts its fields (scaled to A = 1). */
  private static final String RANK_WEIGHTS = "{0.5, 0.5, 0.75, 1.0}";

  /** Words on more chunks than this do not pick rows: at most a few thousand rows are ranked per word. */
  static final int MAX_FILTER_DOCS = 2000;
  private static final int RAREST_ALWAYS_KEPT = 2;

  private final DataSource dataSource;
  private final PgVectorEmbeddingStore store;
  private final int maxFilterDocs;

  PgChunkIndex(DataSource dataSource, PgVectorEmbeddingStore store) {
    this(dataSource, store, MAX_FILTER_DOCS);
  }

  PgChunkIndex(DataSource dataSource, PgVectorEmbeddingStore store, int maxFilterDocs) {
    this.dataSource = dataSource;
    this.store = store;
    this.maxFilterDocs = maxFilterDocs;
  }

  static TextSegment segment(Chunk chunk) {
    Metadata m = new Metadata();
    m.put(URL, chunk.url());
    m.put(TITLE, chunk.title());
    m.put(HEADING, chunk.headingPath());
    m.put(TAGS, String.join("\n", chunk.tags()));
    List<String> products = chunk.tags().stream().filter(t -> t.startsWith(SearchFilter.PRODUCT_PREFIX)).toList();
    // spaces around every tag, so a containment test cannot match "product:10" inside "product:1042"
    m.put(PRODUCTS, " " + String.join(" ", products) + " ");
    m.put(HAS_PRODUCT, Boolean.toString(!products.isEmpty()));
    m.put(POLICY, Boolean.toString(chunk.policy()));
    return TextSegment.from(chunk.text().isEmpty() ? chunk.title() : chunk.text(), m);
  }

  @Override
  public List<Candidate> lexical(String query, Scope scope, int limit) {
    // OR of the words, like BM25: plainto_tsquery would demand every word of a question
    String words = Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
        .collect(Collectors.joining(" or "));
    if (words.isEmpty()) {
      return List.of();
    }
    String where = (scope.productTag() == null ? ""
        : " AND (metadata->>'" + HAS_PRODUCT + "' = 'false' OR strpos(metadata->>'" + PRODUCTS + "', ?) > 0)")
        + (scope.policyOnly() ? " AND metadata->>'" + POLICY + "' = 'true'" : "");
    // the lexemes as the column was built, each with its chunk count; unknown ones count as rare
    String sql = "WITH words AS (SELECT t.lexeme, coalesce(k.ndoc, 0) AS ndoc"
        + " FROM unnest(tsvector_to_array(to_tsvector('english', ?))) AS t(lexeme)"
        + " LEFT JOIN " + PgSchema.TERMS + " k ON k.lexeme = t.lexeme),"
        + " kept AS (SELECT lexeme FROM words WHERE ndoc <= ?"
        + " UNION SELECT lexeme FROM (SELECT lexeme FROM words ORDER BY ndoc, lexeme LIMIT " + RAREST_ALWAYS_KEPT
        + ") rarest),"
        + " q AS (SELECT websearch_to_tsquery('english', ?) AS ranked,"
        + " (SELECT string_agg(quote_literal(lexeme), ' | ') FROM kept)::tsquery AS filter)"
        + " SELECT embedding_id, text, metadata::text FROM " + PgSchema.CHUNKS + ", q WHERE fts @@ q.filter" + where
        + " ORDER BY ts_rank('" + RANK_WEIGHTS + "', fts, q.ranked, 1) DESC, embedding_id LIMIT ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      int p = 1;
      ps.setString(p++, words);
      ps.setInt(p++, maxFilterDocs);
      ps.setString(p++, words);
      if (scope.productTag() != null) {
        ps.setString(p++, " " + scope.productTag() + " ");
      }
      ps.setInt(p, limit);
      List<Candidate> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(candidate(rs.getString(1), rs.getString(2), metadata(rs.getString(3))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("knowledge-base full-text search failed", e);
    }
  }

  @Override
  public List<Candidate> nearest(float[] vector, Scope scope, int limit) {
    EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
        .queryEmbedding(Embedding.from(vector)).maxResults(limit).filter(restriction(scope).orElse(null)).build();
    List<Candidate> out = new ArrayList<>();
    for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
      out.add(candidate(match.embeddingId(), match.embedded().text(), match.embedded().metadata().toMap()));
    }
    return out;
  }

  /**
   * The lexical half's SQL restriction as a LangChain4j filter. The store puts the product tag
   * into a regular expression: SearchFilter admits only letters, digits, '-' and '_' in it.
   */
  static java.util.Optional<Filter> restriction(Scope scope) {
    Filter filter = null;
    if (scope.productTag() != null) {
      filter = metadataKey(HAS_PRODUCT).isEqualTo("false")
          .or(metadataKey(PRODUCTS).containsString(" " + scope.productTag() + " "));
    }
    if (scope.policyOnly()) {
      Filter policy = metadataKey(POLICY).isEqualTo("true");
      filter = filter == null ? policy : filter.and(policy);
    }
    return java.util.Optional.ofNullable(filter);
  }

  private static Candidate candidate(String id, String text, Map<String, Object> m) {
    String tags = String.valueOf(m.getOrDefault(TAGS, ""));
    return new Candidate(id, String.valueOf(m.get(URL)), String.valueOf(m.get(TITLE)), text,
        tags.isEmpty() ? List.of() : List.of(tags.split("\n")), Boolean.parseBoolean(String.valueOf(m.get(POLICY))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> metadata(String json) {
    try {
      return json == null ? new HashMap<>() : JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable chunk metadata", e);
    }
  }
}
