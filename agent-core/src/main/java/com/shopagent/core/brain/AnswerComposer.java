package com.shopagent.core.brain;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an extractive answer: the sentences of the top passages that best cover the question,
 * in their original order, and the pages they came from.
 */
final class AnswerComposer {
  private static final int MAX_SENTENCES = 3;
  private static final int MAX_CHARS = 600;
  private static final int PASSAGES_READ = 3;

  record Composed(String text, List<Citation> citations, double coverage) {}

  private record Sentence(int passage, int position, String text, double score) {}

  private AnswerComposer() {}

  static Composed compose(String question, List<Passage> passages) {
    Set<String> q = TextMatch.terms(question);
    List<Sentence> candidates = new ArrayList<>();
    for (int p = 0; p < Math.min(PASSAGES_READ, passages.size()); p++) {
      List<String> sentences = sentences(passages.get(p).text());
      for (int i = 0; i < sentences.size(); i++) {
        String s = sentences.get(i);
        double cover = TextMatch.coverage(q, TextMatch.terms(s));
        // earlier passages are ranked better; a tiny positional bonus keeps lead sentences in play
        double score = cover - 0.08 * p - 0.002 * i + (i == 0 ? 0.01 : 0);
        candidates.add(new Sentence(p, i, s, score));
      }
    }
    List<Sentence> chosen = new ArrayList<>();
    int chars = 0;
    for (Sentence s : candidates.stream().sorted(Comparator.comparingDouble(Sentence::score).reversed()).toList()) {
      if (chosen.size() >= MAX_SENTENCES || chars + s.text().length() > MAX_CHARS || s.score() <= 0) {
        continue;
      }
      chosen.add(s);
      chars += s.text().length();
    }
    if (chosen.isEmpty() && !candidates.isEmpty()) {
      chosen.add(candidates.get(0));
    }
    chosen.sort(Comparator.comparingInt(Sentence::passage).thenComparingInt(Sentence::position));
    StringBuilder text = new StringBuilder();
    Map<String, Citation> cited = new LinkedHashMap<>();
    Set<String> covered = new java.util.HashSet<>();
    for (Sentence s : chosen) {
      text.append(text.length() == 0 ? "" : " ").append(s.text());
      Passage from = passages.get(s.passage());
      cited.putIfAbsent(from.url(), new Citation(from.url(), from.title()));
      covered.addAll(TextMatch.terms(s.text()));
    }
    return new Composed(text.toString(), List.copyOf(cited.values()), TextMatch.coverage(q, covered));
  }

  static List<String> sentences(String markdown) {
    String plain = markdown
        .replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1")
        .replaceAll("(?m)^\\s*#+\\s*(.*)$", "$1:")
        .replaceAll("(?m)^\\s*([-*+]|\\d+\\.)\\s+", "")
        .replaceAll("[*_`|>]", " ")
        .replaceAll("[ \\t]+", " ");
    List<String> out = new ArrayList<>();
    for (String line : plain.split("\\n+")) {
      String l = line.trim();
      if (l.endsWith(":") || l.length() < 3) {
        continue; // headings alone make poor answer sentences
      }
      for (String s : l.split("(?<=[.!?])\\s+(?=[A-Z0-9\"(])")) {
        String t = s.trim();
        if (t.length() > 2) {
          out.add(t.matches(".*[.!?]$") ? t : t + ".");
        }
      }
    }
    return out;
  }
}
