package com.shopagent.tools.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns chunks and queries into vectors with any LangChain4j {@link EmbeddingModel}, in batches.
 * The name is kept with the index: vectors of two models must never be mixed in one index.
 */
public final class ChunkEmbedder {

  public static final String ALL_MINILM_L6_V2 = "all-minilm-l6-v2";
  public static final int DEFAULT_BATCH_SIZE = 32;

  private final EmbeddingModel model;
  private final String modelName;
  private final int batchSize;

  public ChunkEmbedder(EmbeddingModel model, String modelName) {
    this(model, modelName, DEFAULT_BATCH_SIZE);
  }

  public ChunkEmbedder(EmbeddingModel model, String modelName, int batchSize) {
    if (modelName == null || modelName.isBlank() || batchSize < 1) {
      throw new IllegalArgumentException("a model name and a positive batch size are required");
    }
    this.model = model;
    this.modelName = modelName;
    this.batchSize = batchSize;
  }

  /** The in-process default: MiniLM from the jar, no network; loading takes about a second. */
  public static ChunkEmbedder allMiniLmL6V2() {
    optOutOfTracking();
    return new ChunkEmbedder(new AllMiniLmL6V2EmbeddingModel(), ALL_MINILM_L6_V2);
  }

  /**
   * DJL's tokenizer otherwise probes EC2 metadata and sends usage tracking when it loads; a
   * support backend must not phone out. An explicit setting by the operator wins.
   */
  static void optOutOfTracking() {
    if (System.getenv("OPT_OUT_TRACKING") == null) {
      System.getProperties().putIfAbsent("OPT_OUT_TRACKING", "true");
    }
  }

  public String modelName() {
    return modelName;
  }

  public int dimension() {
    return model.dimension();
  }

  public float[] embedQuery(String query) {
    return checked(model.embed(query).content().vector());
  }

  /** One vector per chunk, in order, embedded in batches. */
  public List<float[]> embedChunks(List<Chunk> chunks) {
    List<float[]> vectors = new ArrayList<>(chunks.size());
    for (int from = 0; from < chunks.size(); from += batchSize) {
      List<TextSegment> batch = chunks.subList(from, Math.min(from + batchSize, chunks.size())).stream()
          .map(c -> TextSegment.from(embeddingText(c)))
          .toList();
      List<Embedding> embeddings = model.embedAll(batch).content();
      if (embeddings.size() != batch.size()) {
        throw new IllegalStateException(
            "model " + modelName + " returned " + embeddings.size() + " vectors for " + batch.size() + " texts");
      }
      embeddings.forEach(e -> vectors.add(checked(e.vector())));
    }
    return vectors;
  }

  /** A wrong-sized vector would fail inside Lucene halfway through a write; fail before it. */
  private float[] checked(float[] vector) {
    if (vector.length != dimension()) {
      throw new IllegalStateException(
          "model " + modelName + " returned " + vector.length + " dimensions, expected " + dimension());
    }
    return vector;
  }

  /** Title and headings give a short chunk the context its own words lack. */
  static String embeddingText(Chunk chunk) {
    String where = chunk.headingPath().isEmpty() ? chunk.title() : chunk.title() + " > " + chunk.headingPath();
    return where + "\n" + chunk.text();
  }
}
