package com.shopagent.tools.kb;

/**
 * Counts tokens the way the embedding model will. An interface so the word-based estimate can be
 * replaced by the model's own tokenizer (e.g. LangChain4j's HuggingFaceTokenCountEstimator).
 * Implementations must be monotonic: a longer text never counts fewer tokens.
 */
@FunctionalInterface
public interface TokenCounter {

  int count(String text);

  /** words × 1.3, rounded up: close to WordPiece counts for English prose. */
  static TokenCounter approximate() {
    return text -> {
      String trimmed = text.strip();
      int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
      return (int) Math.ceil(words * 1.3);
    };
  }
}
