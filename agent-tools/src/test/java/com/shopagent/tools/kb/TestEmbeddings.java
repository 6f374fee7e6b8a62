package com.shopagent.tools.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Locale;

/** Embedding models for tests: the real MiniLM loaded once per JVM, and a cheap fake. */
final class TestEmbeddings {

  private TestEmbeddings() {}

  private static final class MiniLm {
    static final ChunkEmbedder INSTANCE = ChunkEmbedder.allMiniLmL6V2();
  }

  static ChunkEmbedder miniLm() {
    return MiniLm.INSTANCE;
  }

  /** Bag of hashed words: deterministic, instant, and good enough when meaning does not matter. */
  static ChunkEmbedder fake(String name, int dimension) {
    EmbeddingModel model = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text(), dimension))).toList());
      }

      @Override
      public int dimension() {
        return dimension;
      }
    };
    return new ChunkEmbedder(model, name, 4);
  }

  private static float[] vector(String text, int dimension) {
    float[] v = new float[dimension];
    v[0] = 0.01f; // never all zeros: cosine is undefined for a zero vector
    for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!word.isEmpty()) {
        v[Math.floorMod(word.hashCode(), dimension)] += 1f;
      }
    }
    return v;
  }
}
