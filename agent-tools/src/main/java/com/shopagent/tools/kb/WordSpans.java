package com.shopagent.tools.kb;

import java.util.ArrayList;
import java.util.List;

/** A text seen as words, so it can only be cut between words, keeping its own line breaks. */
final class WordSpans {

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private WordSpans(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static WordSpans of(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        spans.add(new int[] {start, i});
      }
    }
    return new WordSpans(
        text, spans.stream().mapToInt(s -> s[0]).toArray(), spans.stream().mapToInt(s -> s[1]).toArray());
  }

  int size() {
    return starts.length;
  }

  boolean isEmpty() {
    return starts.length == 0;
  }

  String all() {
    return isEmpty() ? "" : text.substring(starts[0], ends[ends.length - 1]);
  }

  /** The first {@code count} words, with the spacing between them as written. */
  String prefix(int count) {
    return count == 0 ? "" : text.substring(starts[0], ends[count - 1]);
  }

  /** From word {@code index} to the end. */
  String suffixFrom(int index) {
    return index >= size() ? "" : text.substring(starts[index], ends[ends.length - 1]);
  }

  WordSpans dropFirst(int count) {
    return WordSpans.of(suffixFrom(count));
  }
}
