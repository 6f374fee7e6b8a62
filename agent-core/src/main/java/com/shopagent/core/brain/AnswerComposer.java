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

  private record Sentence(int passage, int position, String text, List<Citation> links, double score) {}

  /** A sentence of a page, cleaned of Markdown, with the site pages it links to. */
  record Piece(String text, List<Citation> links) {}

  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]*)\\)");

  private AnswerComposer() {}

  static Composed compose(String question, List<Passage> passages) {
    Set<String> q = TextMatch.terms(question);
    List<Sentence> candidates = new ArrayList<>();
    for (int p = 0; p < Math.min(PASSAGES_READ, passages.size()); p++) {
      List<Piece> pieces = sentences(passages.get(p).text());
      for (int i = 0; i < pieces.size(); i++) {
        Piece s = pieces.get(i);
        double cover = TextMatch.coverage(q, TextMatch.terms(s.text()));
        // earlier passages are ranked better; a tiny positional bonus keeps lead sentences in play
        double score = cover - 0.08 * p - 0.002 * i + (i == 0 ? 0.01 : 0);
        candidates.add(new Sentence(p, i, s.text(), s.links(), score));
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
      // "See [Shipping times](/docs/shipping)": the page the sentence points to is a source too
      s.links().forEach(l -> cited.putIfAbsent(l.url(), l));
      covered.addAll(TextMatch.terms(s.text()));
    }
    return new Composed(text.toString(), List.copyOf(cited.values()), TextMatch.coverage(q, covered));
  }

  static List<Piece> sentences(String markdown) {
    String plain = MarkdownTables.asSentences(markdown)
        .replaceAll("(?m)^\\s*#+\\s*(.*)$", "$1:")
        .replaceAll("(?m)^\\s*([-*+]|\\d+\\.)\\s+", "")
        .replaceAll("[*_`|>]", " ")
        .replaceAll("[ \\t]+", " ");
    List<Piece> out = new ArrayList<>();
    for (String line : plain.split("\\n+")) {
      String l = line.trim();
      if (l.endsWith(":") || l.length() < 3) {
        continue; // headings alone make poor answer sentences
      }
      for (String raw : l.split("(?<=[.!?])\\s+(?=[A-Z0-9\"(\\[])")) {
        List<Citation> links = new ArrayList<>();
        java.util.regex.Matcher m = LINK.matcher(raw);
        while (m.find()) {
          if (m.group(2).startsWith("/")) {
            links.add(new Citation(m.group(2), m.group(1)));
          }
        }
        // "**PayPal**, and" loses its bold as spaces; list items end in ";" or ","
        String t = LINK.matcher(raw).replaceAll("$1").replaceAll("\\s+([,;:.!?])", "$1").trim()
            .replaceAll("[;,:]$", "");
        if (t.length() > 2 && !t.endsWith("?")) { // a page's own questions (FAQ headings) answer nothing
          out.add(new Piece(t.matches(".*[.!?]$") ? t : t + ".", links));
        }
      }
    }
    return out;
  }
}
