package com.shopagent.tools.kb;

/**
 * Counts tokens the way the embedding model will. Implementations must be monotonic: a longer
 * text never counts fewer tokens.
 */
@FunctionalInterface
public interface TokenCounter {

  int count(String text);

  /** Kept with the index: chunks counted another way are cut elsewhere, so the index is rebuilt. */
  default String name() {
    return getClass().getName();
  }

  /** words × 1.3, rounded up: close to WordPiece counts for English prose; for tests and tools without a model. */
  static TokenCounter approximate() {
    return new TokenCounter() {
      @Override
      public int count(String text) {
        String trimmed = text.strip();
        int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return (int) Math.ceil(words * 1.3);
      }

      @Override
      public String name() {
        return "words-x1.3";
      }
    };
  }
}
