package com.shopagent.tools.kb;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The production knowledge base: PostgreSQL with pgvector, through LangChain4j's pgvector store
 * for the vectors (HNSW index, cosine) and PostgreSQL full-text search for the words. Ranking is
 * the same {@link HybridRetrieval} as the Lucene store's. Several processes may share one
 * database: ingests take a PostgreSQL advisory lock, and {@link #version()} reads a generation
 * counter that every changing ingest bumps, so caches in other processes notice.
 */
public final class PgVectorKnowledgeBase implements KnowledgeBase, AutoCloseable {

  private final HikariDataSource dataSource;
  private final PgChunkIndex index;
  private final HybridRetrieval retrieval;
  private final PgIngestion ingestion;
  private final boolean rebuilt;
  private final Object writeLock = new Object();

  private PgVectorKnowledgeBase(HikariDataSource dataSource, ChunkEmbedder embedder, Chunker chunker,
      RetrievalTuning tuning) throws SQLException {
    this.dataSource = dataSource;
    try (Connection c = dataSource.getConnection(); AutoCloseable lock = PgSchema.lock(c)) {
      this.rebuilt = PgSchema.prepare(c, embedder, chunker);
    } catch (SQLException e) {
      throw e;
    } catch (Exception e) {
      throw new SQLException("cannot release the knowledge-base lock", e);
    }
    // our schema exists already: the store must neither create nor index (it knows only IVFFlat)
    PgVectorEmbeddingStore store = PgVectorEmbeddingStore.datasourceBuilder()
        .datasource(dataSource).table(PgSchema.CHUNKS).dimension(embedder.dimension())
        .createTable(false).useIndex(false).dropTableFirst(false)
        .metadataStorageConfig(dev.langchain4j.store.embedding.pgvector.DefaultMetadataStorageConfig.builder()
            .storageMode(dev.langchain4j.store.embedding.pgvector.MetadataStorageMode.COMBINED_JSONB)
            .columnDefinitions(List.of("metadata JSONB NULL")).indexes(List.of()).build())
        .build();
    this.index = new PgChunkIndex(dataSource, store);
    this.retrieval = new HybridRetrieval(embedder, tuning);
    this.ingestion = new PgIngestion(store, chunker, embedder);
  }

  /**
   * Connects (a small pool of its own), creates the tables and indexes when missing, and empties
   * them when they were built for another embedding model or chunker.
   *
   * @throws SQLException when PostgreSQL is unreachable or has no pgvector extension
   */
  public static PgVectorKnowledgeBase open(String jdbcUrl, String user, String password, ChunkEmbedder embedder,
      Chunker chunker, RetrievalTuning tuning) throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    config.setPoolName("kb-pgvector");
    // HNSW returns at most ef_search rows, and a filter must not starve it: search deeper,
    // and keep scanning (in exact order) until enough rows pass the filter
    config.setConnectionInitSql("SET hnsw.ef_search = " + Math.max(100, tuning.candidates())
        + "; SET hnsw.iterative_scan = strict_order");
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      return new PgVectorKnowledgeBase(dataSource, embedder, chunker, tuning);
    } catch (SQLException | RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** True when the tables were new, or emptied on open because they were built for another model. */
  public boolean rebuiltOnOpen() {
    return rebuilt;
  }

  @Override
  public Retrieval retrieve(String query, int topK, SearchFilter filter, SearchMode mode) {
    return retrieval.retrieve(index, query, topK, filter, mode);
  }

  @Override
  public IndexStats stats() {
    try (Connection c = dataSource.getConnection()) {
      return PgSchema.stats(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read knowledge-base stats", e);
    }
  }

  @Override
  public long version() {
    try (Connection c = dataSource.getConnection()) {
      return PgSchema.generation(c);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the knowledge-base generation", e);
    }
  }

  @Override
  public IngestReport ingest(String source, List<KbDocument> docs, ProgressListener listener) {
    synchronized (writeLock) {
      try (Connection c = dataSource.getConnection(); AutoCloseable lock = PgSchema.lock(c)) {
        IndexIngestion.Outcome done = ingestion.run(c, source, docs, listener == null ? ProgressListener.NONE : listener);
        IngestPlan plan = done.plan();
        return new IngestReport(plan.added().size(), plan.updated().size(), plan.skipped(),
            plan.removed().size(), done.chunksWritten(), PgSchema.stats(c).chunks());
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("knowledge-base ingest failed", e);
      }
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
