package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.shopagent.tools.testing.ScratchPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract on a real PostgreSQL with pgvector, one scratch database per storage. */
class PgVectorKnowledgeBaseTest extends KnowledgeBaseContract {

  @Override
  protected Storage newStorage() {
    assumeTrue(ScratchPostgres.available(), "PostgreSQL unreachable and skipping allowed");
    String db = ScratchPostgres.create("kb_");
    String url = ScratchPostgres.urlOf(db);
    return new Storage() {
      @Override
      public KnowledgeBase open(ChunkEmbedder embedder) throws Exception {
        return PgVectorKnowledgeBase.open(url, ScratchPostgres.USER, ScratchPostgres.PASSWORD, embedder,
            new Chunker(), RetrievalTuning.DEFAULT);
      }

      @Override
      public void close() {
        ScratchPostgres.drop(db);
      }
    };
  }

  @Test
  void should_index_vectors_with_hnsw_and_see_another_process_ingest() throws Exception {
    String db = ScratchPostgres.create("kb_");
    String url = ScratchPostgres.urlOf(db);
    try (var server = open(url); var ingester = open(url)) {
      long before = server.version();

      ingester.ingest(List.of(KbDocument.of("/faq", "FAQ", List.of(), false, "Opening hours: 9 to 5.")), ProgressListener.NONE);

      assertTrue(server.version() != before, "a cache in the server process must notice");
      assertEquals("/faq", server.search("opening hours", 1, SearchFilter.NONE).get(0).url());
      try (Connection c = DriverManager.getConnection(url, ScratchPostgres.USER, ScratchPostgres.PASSWORD);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'kb_chunks_hnsw'")) {
        assertTrue(rs.next() && rs.getString(1).contains("USING hnsw (embedding vector_cosine_ops)"));
      }
    } finally {
      ScratchPostgres.drop(db);
    }
  }

  private static PgVectorKnowledgeBase open(String url) throws Exception {
    return PgVectorKnowledgeBase.open(url, ScratchPostgres.USER, ScratchPostgres.PASSWORD,
        TestEmbeddings.fake("fake", 16), new Chunker(), RetrievalTuning.DEFAULT);
  }
}
