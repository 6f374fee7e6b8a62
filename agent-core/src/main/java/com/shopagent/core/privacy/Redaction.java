package com.shopagent.core.privacy;

import java.util.List;
import java.util.Map;

/**
 * Redacted text, the spans that were replaced, the tokens first given out by this call, and each
 * token's raw value. {@code rawValues} is for the session's in-memory vault only (tools that need
 * a guest's real billing email); it must never be persisted, logged or shown to a model.
 */
public record Redaction(String text, List<Span> spans, Map<String, String> newTokens, Map<String, String> rawValues) {
  public Redaction {
    spans = List.copyOf(spans);
    newTokens = Map.copyOf(newTokens);
    rawValues = Map.copyOf(rawValues);
  }

  @Override
  public String toString() {
    return "Redaction[text=" + text + ", spans=" + spans + "]";
  }

  /** A replaced region of the original text; {@code type} uses Presidio's entity names. */
  public record Span(String type, int start, int end) {}
}
