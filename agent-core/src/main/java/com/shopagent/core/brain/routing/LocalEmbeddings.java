package com.shopagent.core.brain.routing;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * The in-process all-MiniLM-L6-v2 model, one instance per JVM. LangChain4j keeps the ONNX
 * session in a static field, so every instance shares the weights; this holder also makes sure
 * DJL's tokenizer cannot phone home when the model first loads (about a second).
 */
public final class LocalEmbeddings {
  private LocalEmbeddings() {}

  private static final class Holder {
    static final EmbeddingModel MODEL = load();

    private static EmbeddingModel load() {
      // an explicit setting by the operator wins
      if (System.getenv("OPT_OUT_TRACKING") == null) {
        System.getProperties().putIfAbsent("OPT_OUT_TRACKING", "true");
      }
      return new AllMiniLmL6V2EmbeddingModel();
    }
  }

  public static EmbeddingModel allMiniLmL6V2() {
    return Holder.MODEL;
  }
}
