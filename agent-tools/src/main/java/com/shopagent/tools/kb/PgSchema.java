package com.shopagent.tools.kb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The knowledge base's tables in PostgreSQL. kb_chunks is LangChain4j's pgvector table (id,
 * embedding, text, metadata JSONB) plus our generated full-text column and an HNSW index;
 * kb_pages holds each page's content hash for incremental ingest; kb_meta what the chunks were
 * built with and a generation counter that every changing ingest bumps; kb_terms how many chunks
 * hold each full-text lexeme, so a search can leave words on most pages out of its filter.
 */
final class PgSchema {

  static final String CHUNKS = "kb_chunks";
  static final String TERMS = "kb_terms";
  /** Bump when the table layout changes in a way old tables cannot serve. */
  static final String LAYOUT_VERSION = "1";
  static final String GENERATION = "kb.generation";
  /** Serializes schema changes and ingests across processes (an arbitrary, fixed key). */
  static final long ADVISORY_LOCK = 0x6b625f696e676573L;

  private PgSchema() {}

  /** Creates what is missing; empties everything when it was built for another model or chunker. */
  static boolean prepare(Connection c, ChunkEmbedder embedder, Chunker chunker) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS vector");
      s.execute("CREATE TABLE IF NOT EXISTS kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      Map<String, String> expected = new HashMap<>(IndexMetadata.expected(embedder, chunker));
      expected.put(IndexMetadata.LAYOUT, "pg-" + LAYOUT_VERSION);
      Map<String, String> current = meta(c);
      current.remove(GENERATION);
      boolean rebuild = !expected.equals(current);
      if (rebuild) {
        s.execute("DROP TABLE IF EXISTS " + CHUNKS + ", kb_pages, " + TERMS);
        s.execute("DELETE FROM kb_meta WHERE key <> '" + GENERATION + "'");
        try (PreparedStatement put = c.prepareStatement("INSERT INTO kb_meta (key, value) VALUES (?, ?)")) {
          for (var e : expected.entrySet()) {
            put.setString(1, e.getKey());
            put.setString(2, e.getValue());
            put.addBatch();
          }
          put.executeBatch();
        }
      }
      s.execute("INSERT INTO kb_meta (key, value) VALUES ('" + GENERATION + "', '0') ON CONFLICT (key) DO NOTHING");
      s.execute("CREATE TABLE IF NOT EXISTS kb_pages (url TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source TEXT NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS " + CHUNKS + " (embedding_id UUID PRIMARY KEY, embedding vector("
          + embedder.dimension() + "), text TEXT NULL, metadata JSONB NULL)");
      // title counts most, then headings, then the text, as the Lucene store's field boosts do
      s.execute("ALTER TABLE " + CHUNKS + " ADD COLUMN IF NOT EXISTS fts tsvector GENERATED ALWAYS AS ("
          + "setweight(to_tsvector('english', coalesce(metadata->>'title', '')), 'A') || "
          + "setweight(to_tsvector('english', coalesce(metadata->>'heading', '')), 'B') || "
          + "setweight(to_tsvector('english', coalesce(text, '')), 'D')) STORED");
      s.execute("CREATE INDEX IF NOT EXISTS kb_chunks_fts ON " + CHUNKS + " USING gin (fts)");
      s.execute("CREATE INDEX IF NOT EXISTS kb_chunks_hnsw ON " + CHUNKS + " USING hnsw (embedding vector_cosine_ops)");
      s.execute("CREATE INDEX IF NOT EXISTS kb_chunks_url ON " + CHUNKS + " ((metadata->>'url'))");
      s.execute("CREATE TABLE IF NOT EXISTS " + TERMS + " (lexeme TEXT PRIMARY KEY, ndoc INTEGER NOT NULL)");
      if (rebuild) {
        bumpGeneration(c);
      }
      return rebuild;
    }
  }

  static Map<String, String> meta(Connection c) throws SQLException {
    Map<String, String> meta = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM kb_meta")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    return meta;
  }

  static long generation(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM kb_meta WHERE key = '" + GENERATION + "'")) {
      return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
    }
  }

  static void bumpGeneration(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("UPDATE kb_meta SET value = (value::bigint + 1)::text WHERE key = '" + GENERATION + "'");
    }
  }

  /**
   * Recounts the chunks per lexeme (seconds at 100k chunks; ingests run it once at their end).
   * Until the first count every lexeme counts as rare, which is the plain OR search.
   */
  static void countTerms(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM " + TERMS);
      s.execute("INSERT INTO " + TERMS + " (lexeme, ndoc) SELECT word, ndoc FROM ts_stat('SELECT fts FROM " + CHUNKS
          + "')");
    }
  }

  static IndexStats stats(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM kb_pages), (SELECT count(*) FROM " + CHUNKS + ")")) {
      rs.next();
      return new IndexStats(rs.getInt(1), rs.getInt(2));
    }
  }

  /** Holds the cross-process lock until closed. */
  static AutoCloseable lock(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + ADVISORY_LOCK + ")");
    }
    return () -> {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_unlock(" + ADVISORY_LOCK + ")");
      }
    };
  }
}
