package com.shopagent.tools.kb.eval;

import com.shopagent.tools.kb.ChunkEmbedder;
import com.shopagent.tools.kb.KbDocument;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up pages for load measurements: each page is one chunk of about 120 words drawn (Zipf-like)
 * from a vocabulary of pseudo-words, and {@link #randomVectors} embeds any text as a random unit
 * vector seeded by the text, so a store can be filled with 100k chunks without running a model.
 */
public final class SyntheticCorpus {

  private static final int VOCABULARY = 20_000;
  private static final int WORDS_PER_PAGE = 120;
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qui", "dro"};

  private SyntheticCorpus() {}

  public static List<KbDocument> pages(int count, long seed) {
    Random random = new Random(seed);
    List<KbDocument> pages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pages.add(KbDocument.of("/synthetic/" + i, "Page " + i + " " + word(random), List.of(), i % 50 == 0,
          words(random, WORDS_PER_PAGE)));
    }
    return pages;
  }

  public static String query(Random random) {
    return words(random, 6);
  }

  /** Small ranks are far more likely, as in real text, so some words are common and most are rare. */
  static String word(Random random) {
    int rank = (int) Math.min(VOCABULARY - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(VOCABULARY))));
    StringBuilder w = new StringBuilder();
    for (int n = rank + 1; n > 0; n /= SYLLABLES.length) {
      w.append(SYLLABLES[n % SYLLABLES.length]);
    }
    return w.toString();
  }

  private static String words(Random random, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(word(random));
    }
    return text.toString();
  }

  /** A stand-in for a real model: a unit vector seeded by the text, so equal texts embed equally. */
  public static ChunkEmbedder randomVectors(int dimension) {
    EmbeddingModel model = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(unit(s.text().hashCode(), dimension))).toList());
      }

      @Override
      public int dimension() {
        return dimension;
      }
    };
    return new ChunkEmbedder(model, "random-unit-" + dimension, 256);
  }

  private static float[] unit(long seed, int dimension) {
    Random r = new Random(seed);
    float[] v = new float[dimension];
    double norm = 0;
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) r.nextGaussian();
      norm += v[i] * v[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < dimension; i++) {
      v[i] *= scale;
    }
    return v;
  }
}
