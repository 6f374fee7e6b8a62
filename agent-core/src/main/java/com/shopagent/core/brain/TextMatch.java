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
      "please", "hi", "hello", "thanks", "get", "much", "many", "long", "take", "not", "no", "yes", "so", "as",
      // the frame of a question, not its topic: "what can you tell me about ...", "I'd like to know ..."
      "am", "tell", "know", "info", "information", "explain", "something", "anything", "like", "want", "need", "just");

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

  /** Plurals and -ing/-ed forms to one stem: "sizes", "size" and "sizing" meet, so do "shipping" and "ships". */
  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    String s = w;
    if (w.length() > 4 && w.matches(".*(ss|sh|ch|x|z)es")) {
      s = w.substring(0, w.length() - 2);
    } else if (w.length() > 5 && w.endsWith("ing") || w.length() > 4 && w.endsWith("ed")) {
      s = w.substring(0, w.length() - (w.endsWith("ing") ? 3 : 2));
      char last = s.charAt(s.length() - 1);
      if (s.length() > 3 && last == s.charAt(s.length() - 2) && "aeiousyl".indexOf(last) < 0) {
        s = s.substring(0, s.length() - 1); // "shipp" from shipping
      }
    } else if (w.length() > 3 && w.endsWith("s") && !w.matches(".*(ss|us|is)")) {
      s = w.substring(0, w.length() - 1);
    }
    return s.length() > 3 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
  }
}
