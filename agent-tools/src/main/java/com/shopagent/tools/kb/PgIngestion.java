package com.shopagent.tools.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The write path of one PostgreSQL ingest. Everything is chunked and embedded first (a model
 * failure changes nothing), then written page batch by page batch: new chunks are added before
 * the page's old ones are deleted and its hash recorded last, so a concurrent search sees each
 * page old, new or both (deduplicated by url), never missing, and a crash mid-way is repaired by
 * the next ingest (the page's hash is still the old one).
 */
final class PgIngestion {

  private static final int BATCH_CHUNKS = 512;

  private record Prepared(KbDocument doc, List<String> ids, List<Embedding> vectors, List<TextSegment> segments) {}

  private final PgVectorEmbeddingStore store;
  private final Chunker chunker;
  private final ChunkEmbedder embedder;

  PgIngestion(PgVectorEmbeddingStore store, Chunker chunker, ChunkEmbedder embedder) {
    this.store = store;
    this.chunker = chunker;
    this.embedder = embedder;
  }

  /** Runs under the caller's advisory lock, on the caller's connection for our own tables. */
  IndexIngestion.Outcome run(Connection c, String source, List<KbDocument> docs, ProgressListener listener)
      throws SQLException {
    IngestPlan plan = IngestPlan.of(indexed(c), source, docs);
    if (plan.changesNothing()) {
      return new IndexIngestion.Outcome(plan, 0);
    }
    List<Prepared> prepared = new ArrayList<>();
    for (KbDocument doc : plan.toWrite()) {
      List<Chunk> chunks = chunker.chunk(doc);
      List<float[]> vectors = embedder.embedChunks(chunks);
      prepared.add(new Prepared(doc, chunks.stream().map(x -> UUID.randomUUID().toString()).toList(),
          vectors.stream().map(Embedding::from).toList(), chunks.stream().map(PgChunkIndex::segment).toList()));
      listener.embedded(prepared.size(), plan.toWrite().size(), doc.url());
    }
    int written = 0;
    List<Prepared> batch = new ArrayList<>();
    for (Prepared p : prepared) {
      batch.add(p);
      if (batch.stream().mapToInt(b -> b.ids().size()).sum() >= BATCH_CHUNKS) {
        written += write(c, source, batch);
        batch.clear();
      }
    }
    written += write(c, source, batch);
    removePages(c, plan.removed());
    PgSchema.countTerms(c);
    PgSchema.bumpGeneration(c);
    return new IndexIngestion.Outcome(plan, written);
  }

  private int write(Connection c, String source, List<Prepared> batch) throws SQLException {
    if (batch.isEmpty()) {
      return 0;
    }
    List<String> urls = batch.stream().map(p -> p.doc().url()).toList();
    List<String> oldIds = chunkIds(c, urls);
    List<String> ids = new ArrayList<>();
    List<Embedding> vectors = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    batch.forEach(p -> {
      ids.addAll(p.ids());
      vectors.addAll(p.vectors());
      segments.addAll(p.segments());
    });
    store.addAll(ids, vectors, segments);
    if (!oldIds.isEmpty()) {
      store.removeAll(oldIds);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_pages (url, content_hash, source) VALUES (?, ?, ?) "
        + "ON CONFLICT (url) DO UPDATE SET content_hash = EXCLUDED.content_hash, source = EXCLUDED.source")) {
      for (Prepared p : batch) {
        ps.setString(1, p.doc().url());
        ps.setString(2, p.doc().contentHash());
        ps.setString(3, source);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return ids.size();
  }

  private static void removePages(Connection c, List<String> urls) throws SQLException {
    if (urls.isEmpty()) {
      return;
    }
    Array array = c.createArrayOf("text", urls.toArray());
    try (PreparedStatement chunks = c.prepareStatement(
            "DELETE FROM " + PgSchema.CHUNKS + " WHERE metadata->>'url' = ANY (?)");
        PreparedStatement pages = c.prepareStatement("DELETE FROM kb_pages WHERE url = ANY (?)")) {
      chunks.setArray(1, array);
      chunks.executeUpdate();
      pages.setArray(1, array);
      pages.executeUpdate();
    }
  }

  private static List<String> chunkIds(Connection c, List<String> urls) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT embedding_id FROM " + PgSchema.CHUNKS + " WHERE metadata->>'url' = ANY (?)")) {
      ps.setArray(1, c.createArrayOf("text", urls.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  private static Map<String, IngestPlan.Indexed> indexed(Connection c) throws SQLException {
    Map<String, IngestPlan.Indexed> pages = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT url, content_hash, source FROM kb_pages");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        pages.put(rs.getString(1), new IngestPlan.Indexed(rs.getString(2), rs.getString(3)));
      }
    }
    return pages;
  }
}
