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

  @Test
  void should_let_rare_words_pick_the_rows_and_all_words_rank_them() throws Exception {
    String db = ScratchPostgres.create("kb_");
    String url = ScratchPostgres.urlOf(db);
    try (var kb = open(url)) {
      kb.ingest(List.of(
          KbDocument.of("/care", "Boot care", List.of(), false, "Wax the leather of your boots twice a season."),
          KbDocument.of("/gaiters", "Gaiters", List.of(), false, "Gaiters keep snow out of your boots."),
          KbDocument.of("/laces", "Laces", List.of(), false, "Spare laces fit all our boots."),
          KbDocument.of("/insoles", "Insoles", List.of(), false, "Insoles and gaiters for winter boots.")),
          ProgressListener.NONE);
      var ds = new org.postgresql.ds.PGSimpleDataSource();
      ds.setUrl(url);
      ds.setUser(ScratchPostgres.USER);
      ds.setPassword(ScratchPostgres.PASSWORD);
      var all = new PgChunkIndex(ds, null).lexical("boots gaiters laces", ChunkIndex.Scope.of(SearchFilter.NONE, false), 10);
      // "boot" is on 4 chunks: over a limit of 2 it no longer picks rows, the rarer words do
      var pruned = new PgChunkIndex(ds, null, 2).lexical("boots gaiters laces",
          ChunkIndex.Scope.of(SearchFilter.NONE, false), 10);
      assertEquals(List.of("/care", "/gaiters", "/insoles", "/laces"), all.stream().map(Candidate::url).sorted().toList());
      assertEquals(List.of("/gaiters", "/insoles", "/laces"), pruned.stream().map(Candidate::url).sorted().toList());
      assertEquals(all.get(0).url(), pruned.get(0).url(), "every word still counts in the ranking");
    } finally {
      ScratchPostgres.drop(db);
    }
  }

  private static PgVectorKnowledgeBase open(String url) throws Exception {
    return PgVectorKnowledgeBase.open(url, ScratchPostgres.USER, ScratchPostgres.PASSWORD,
        TestEmbeddings.fake("fake", 16), new Chunker(), RetrievalTuning.DEFAULT);
  }
}
