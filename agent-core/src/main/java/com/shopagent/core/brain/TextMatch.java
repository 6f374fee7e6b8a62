package com.shopagent.core.brain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Content words with a crude stem, for judging how well a sentence covers a question. */
final class TextMatch {
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "for", "with", "at", "by", "from",
      "is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could", "would", "should", "will",
      "i", "me", "my", "we", "our", "you", "your", "it", "its", "this", "that", "these", "those", "there",
      "what", "which", "who", "how", "when", "where", "why", "about", "any", "some", "have", "has", "had",
      "please", "hi", "hello", "thanks", "get", "much", "many", "long", "take", "not", "no", "yes", "so", "as");

  private TextMatch() {}

  static Set<String> terms(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(w -> w.length() > 1 && !STOP.contains(w))
        .map(TextMatch::stem)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static double coverage(Set<String> query, Set<String> text) {
    if (query.isEmpty()) {
      return 0;
    }
    return query.stream().filter(text::contains).count() / (double) query.size();
  }

  static String stem(String w) {
    for (String suffix : new String[] {"ing", "ies", "es", "ed", "s"}) {
      if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
