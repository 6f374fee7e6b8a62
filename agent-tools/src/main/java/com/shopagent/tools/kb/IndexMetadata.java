package com.shopagent.tools.kb;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/**
 * What an index was built with, kept in Lucene's commit user data. Vectors from two models (or
 * two field layouts) are not comparable, so a mismatch empties the index instead of mixing them.
 */
final class IndexMetadata {

  static final String MODEL = "kb.embedding.model";
  static final String DIMENSION = "kb.embedding.dimension";
  static final String LAYOUT = "kb.layout";
  static final String CHUNKER = "kb.chunker";
  /** Bump when ChunkFields changes in a way old indexes cannot serve. */
  static final String LAYOUT_VERSION = "2";

  private IndexMetadata() {}

  /** Chunks cut another way would sit beside unchanged pages' old chunks: that is a rebuild too. */
  static Map<String, String> expected(ChunkEmbedder embedder, Chunker chunker) {
    return Map.of(
        MODEL, embedder.modelName(),
        DIMENSION, Integer.toString(embedder.dimension()),
        LAYOUT, LAYOUT_VERSION,
        CHUNKER, chunker.signature());
  }

  /** @return true when the index had to be emptied (or was new) and now carries our metadata */
  static boolean resetIfIncompatible(IndexWriter writer, ChunkEmbedder embedder, Chunker chunker) throws IOException {
    Map<String, String> current = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> current.put(e.getKey(), e.getValue()));
    }
    Map<String, String> expected = expected(embedder, chunker);
    if (expected.equals(current)) {
      return false;
    }
    writer.deleteAll();
    writer.setLiveCommitData(expected.entrySet());
    writer.commit();
    return true;
  }
}
