package com.shopagent.core.brain;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes an extractive answer: the sentence that best answers the question, at most two more
 * that add to it (from the same page unless another page covers what it leaves out), a table's
 * rows as lines, and exactly the pages those sentences came from as citations.
 */
final class AnswerComposer {
  private static final int MAX_SENTENCES = 3;
  private static final int MAX_CHARS = 600;
  private static final int MAX_ROWS = 8;
  private static final int PASSAGES_READ = 4;
  /** A companion sentence must score at least this share of the best one. */
  private static final double COMPANION = 0.6;
  private static final Set<String> CHART = Set.of("chart", "table", "grid");

  record Composed(String text, List<Citation> citations, double coverage) {}

  private record Sentence(int passage, int position, PageSentences.Piece piece, Set<String> terms, double score) {
    /** The page that backs the sentence: a FAQ answer is backed by the full page it sends the reader to. */
    Citation source(List<Passage> ps) {
      return piece.source() != null ? piece.source() : new Citation(ps.get(passage).url(), ps.get(passage).title());
    }

    String url(List<Passage> ps) {
      return source(ps).url();
    }
  }

  private AnswerComposer() {}

  static Composed compose(String question, List<Passage> passages) {
    Set<String> q = TextMatch.terms(question);
    List<Passage> read = passages.subList(0, Math.min(PASSAGES_READ, passages.size()));
    Set<String> retrieved = passages.stream().map(Passage::url).collect(Collectors.toSet());
    List<Sentence> all = new ArrayList<>();
    for (int p = 0; p < read.size(); p++) {
      List<PageSentences.Piece> pieces = PageSentences.of(read.get(p).text());
      for (int i = 0; i < pieces.size(); i++) {
        all.add(scored(q, p, i, pieces.get(i), read, retrieved));
      }
    }
    if (all.isEmpty()) {
      return new Composed("", List.of(), 0);
    }
    List<Sentence> chosen = choose(q, all, read);
    return render(q, chosen, read);
  }

  private static Sentence scored(Set<String> q, int p, int i, PageSentences.Piece piece, List<Passage> read,
      Set<String> retrieved) {
    Set<String> own = TextMatch.terms(piece.text());
    // the heading (or FAQ question) and the page title say what a sentence is about
    Set<String> context = TextMatch.terms(piece.context() + " " + read.get(p).title());
    double hits = q.stream().mapToDouble(t -> own.contains(t) ? 1 : context.contains(t) ? 0.6 : 0).sum();
    double score = q.isEmpty() ? 0 : hits / q.size();
    // the page whose title names what was asked about is the page that answers it
    score += 0.5 * TextMatch.coverage(q, TextMatch.terms(read.get(p).title())) - 0.1 * p - 0.002 * i;
    boolean digest = piece.pointsTo().stream().anyMatch(u -> retrieved.contains(u) && !u.equals(read.get(p).url()));
    if (digest) {
      score -= 0.3; // a summary that points to a page we also retrieved: that page says it in full
    }
    if (piece.table() > 0 && q.stream().anyMatch(CHART::contains)) {
      score += 0.3; // "size chart", "table of prices": the rows are the answer
    }
    if (own.size() <= 8 && TextMatch.coverage(own, q) >= 0.8) {
      score -= 1; // restates the question (a heading or a question's echo), answers nothing
    }
    return new Sentence(p, i, piece, own, score);
  }

  private static List<Sentence> choose(Set<String> q, List<Sentence> all, List<Passage> read) {
    List<Sentence> ranked = all.stream().sorted(Comparator.comparingDouble(Sentence::score).reversed()).toList();
    Sentence best = ranked.get(0).score() > 0 ? ranked.get(0) : all.get(0);
    List<Sentence> chosen = new ArrayList<>(List.of(best));
    if (best.piece().table() > 0) {
      // a chart question ("women's sizes") ties on many rows: show them all; a pointed one gets its row
      ranked.stream().filter(s -> s != best && sameTable(s, best) && s.score() >= best.score() - 0.01)
          .limit(MAX_ROWS - 1).forEach(chosen::add);
    }
    Set<String> covered = new HashSet<>(best.terms());
    int chars = best.piece().text().length();
    int table = chosen.size() > 1 ? chosen.size() - 1 : 0; // a chart counts as one sentence
    for (Sentence s : ranked) {
      if (chosen.size() - table >= MAX_SENTENCES || s.score() < COMPANION * best.score() || s.score() <= 0) {
        break;
      }
      boolean samePage = s.url(read).equals(best.url(read));
      boolean adds = q.stream().anyMatch(t -> s.terms().contains(t) && !covered.contains(t));
      if (chosen.contains(s) || chars + s.piece().text().length() > MAX_CHARS || !(samePage || adds)
          || (s.piece().table() > 0 && !sameTable(s, best))) {
        continue;
      }
      chosen.add(s);
      covered.addAll(s.terms());
      chars += s.piece().text().length();
    }
    List<Sentence> withLeads = new ArrayList<>(chosen);
    for (Sentence s : chosen) {
      if (s.piece().dependent()) {
        all.stream().filter(p -> p.passage() == s.passage() && p.position() == s.position() - 1
            && p.piece().paragraph() == s.piece().paragraph() && !withLeads.contains(p)).findFirst()
            .ifPresent(withLeads::add); // "US Standard shipping then takes..." needs what came first
      }
    }
    return withLeads;
  }

  private static boolean sameTable(Sentence a, Sentence b) {
    return a.passage() == b.passage() && a.piece().table() == b.piece().table();
  }

  private static Composed render(Set<String> q, List<Sentence> chosen, List<Passage> read) {
    Map<String, List<Sentence>> byPage = new LinkedHashMap<>();
    chosen.forEach(s -> byPage.computeIfAbsent(s.url(read), u -> new ArrayList<>()).add(s));
    List<Citation> citations = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (List<Sentence> page : byPage.values()) {
      page.sort(Comparator.comparingInt(Sentence::passage).thenComparingInt(Sentence::position));
      Citation from = page.get(0).source(read);
      citations.add(from);
      String body = text(page);
      // two pages: say which fact comes from where
      parts.add(byPage.size() > 1 ? "From " + from.title() + ": " + body : body);
      page.forEach(s -> {
        covered.addAll(s.terms());
        covered.addAll(TextMatch.terms(s.piece().context()));
      });
    }
    return new Composed(String.join("\n", parts), citations, TextMatch.coverage(q, covered));
  }

  /** Prose joined by spaces; two or more table rows as lines under their heading. */
  private static String text(List<Sentence> page) {
    StringBuilder out = new StringBuilder();
    long rows = page.stream().filter(s -> s.piece().table() > 0).count();
    boolean headed = false;
    for (Sentence s : page) {
      boolean row = s.piece().table() > 0 && rows > 1;
      if (row && !headed && !s.piece().context().isBlank()) {
        out.append(out.length() == 0 ? "" : "\n").append(s.piece().context()).append(':');
        headed = true;
      }
      out.append(out.length() == 0 ? "" : row ? "\n" : " ").append(s.piece().text());
    }
    return out.toString();
  }
}
