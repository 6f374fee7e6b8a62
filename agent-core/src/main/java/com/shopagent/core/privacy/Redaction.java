package com.shopagent.core.privacy;

import java.util.List;
import java.util.Map;

/** Redacted text, the spans that were replaced, and the tokens first given out by this call. */
public record Redaction(String text, List<Span> spans, Map<String, String> newTokens) {
  public Redaction {
    spans = List.copyOf(spans);
    newTokens = Map.copyOf(newTokens);
  }

  /** A replaced region of the original text; {@code type} uses Presidio's entity names. */
  public record Span(String type, int start, int end) {}
}
