package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
