package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract on an on-disk Lucene index in a temporary folder. */
class LuceneKnowledgeBaseTest extends KnowledgeBaseContract {

  @Override
  protected Storage newStorage() throws Exception {
    Path dir = Files.createTempDirectory("kb-lucene");
    return new Storage() {
      @Override
      public KnowledgeBase open(ChunkEmbedder embedder) throws Exception {
        return LuceneKnowledgeBase.open(dir, embedder);
      }

      @Override
      public void close() throws Exception {
        TestFiles.deleteTree(dir);
      }
    };
  }

  @Test
  void should_refuse_a_second_writer_with_a_message_that_says_what_to_do() throws Exception {
    Path dir = Files.createTempDirectory("kb-lucene");
    try (LuceneKnowledgeBase first = LuceneKnowledgeBase.open(dir, TestEmbeddings.fake("fake", 16))) {
      var refused = assertThrows(LuceneKnowledgeBase.IndexInUseException.class,
          () -> LuceneKnowledgeBase.open(dir, TestEmbeddings.fake("fake", 16)));

      assertTrue(refused.getMessage().contains("stop it first"), refused.getMessage());
    }
  }

  @Test
  void should_rank_by_the_reopened_bm25_tuning_without_rebuilding_the_index() throws Exception {
    Path dir = Files.createTempDirectory("kb-lucene");
    ChunkEmbedder embedder = TestEmbeddings.fake("fake", 16);
    List<KbDocument> pages = List.of(
        KbDocument.of("/warranty", "Warranty", List.of(), true,
            "Every kettle comes with two years of cover; keep the receipt and we repair or replace it, "
                + "and a warranty claim takes a week once the kettle reaches our workshop."),
        KbDocument.of("/shipping", "Shipping", List.of(), false,
            "Warranty parcels, warranty returns: warranty shipping is free."));
    LexicalTuning titleIgnored = new LexicalTuning(1.2f, 0.75f, 0f, 1f);
    LexicalTuning titleCounts = new LexicalTuning(1.2f, 0.75f, 5f, 1f);
    try {
      try (LuceneKnowledgeBase kb = open(dir, embedder, titleIgnored)) {
        kb.ingest("test", pages, ProgressListener.NONE);
        assertEquals("/shipping", firstBm25Url(kb, "warranty"));
      }
      try (LuceneKnowledgeBase kb = open(dir, embedder, titleCounts)) {
        assertFalse(kb.rebuiltOnOpen());
        assertEquals("/warranty", firstBm25Url(kb, "warranty"));
      }
    } finally {
      TestFiles.deleteTree(dir);
    }
  }

  private static LuceneKnowledgeBase open(Path dir, ChunkEmbedder embedder, LexicalTuning lexical) throws Exception {
    return LuceneKnowledgeBase.open(dir, embedder, new Chunker(), RetrievalTuning.DEFAULT.withLexical(lexical));
  }

  private static String firstBm25Url(KnowledgeBase kb, String query) {
    return kb.retrieve(query, 2, SearchFilter.NONE, SearchMode.BM25).passages().get(0).url();
  }
}
