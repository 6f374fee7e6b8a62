package com.shopagent.http.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 per entity type, two ways. Token level (as presidio-research scores):
 * every word gets the type of the span covering it, gold against predicted, so a fragmented gold
 * address still counts fairly. Span level: a gold span is found when a predicted span of its type
 * overlaps it; a predicted span is right when it overlaps a gold span of its type.
 */
public final class SpanScores {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A typed region of a text; {@code end} exclusive. */
  public record Labelled(String type, int start, int end) {
    boolean overlaps(Labelled o) {
      return start < o.end && o.start < end;
    }
  }

  /** Precision and recall may count different things (span level), so both are kept. */
  public record Score(int predictedRight, int predicted, int goldFound, int gold) {
    public double precision() {
      return predicted == 0 ? 1.0 : (double) predictedRight / predicted;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) goldFound / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(int pr, int p, int gf, int g) {
      return new Score(predictedRight + pr, predicted + p, goldFound + gf, gold + g);
    }
  }

  private final Map<String, Score> tokens = new TreeMap<>();
  private final Map<String, Score> spans = new TreeMap<>();

  public SpanScores(List<String> types) {
    types.forEach(t -> {
      tokens.put(t, new Score(0, 0, 0, 0));
      spans.put(t, new Score(0, 0, 0, 0));
    });
  }

  /** Both lists must already use the scored type names; other types are ignored. */
  public void add(String text, List<Labelled> gold, List<Labelled> predicted) {
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Labelled token = new Labelled("", m.start(), m.end());
      String g = typeAt(gold, token);
      String p = typeAt(predicted, token);
      for (String type : tokens.keySet()) {
        int tp = type.equals(g) && type.equals(p) ? 1 : 0;
        tokens.computeIfPresent(type, (t, s) -> s.plus(tp, type.equals(p) ? 1 : 0, tp, type.equals(g) ? 1 : 0));
      }
    }
    for (String type : spans.keySet()) {
      List<Labelled> g = gold.stream().filter(s -> s.type.equals(type)).toList();
      List<Labelled> p = predicted.stream().filter(s -> s.type.equals(type)).toList();
      int right = (int) p.stream().filter(s -> g.stream().anyMatch(s::overlaps)).count();
      int found = (int) g.stream().filter(s -> p.stream().anyMatch(s::overlaps)).count();
      spans.computeIfPresent(type, (t, s) -> s.plus(right, p.size(), found, g.size()));
    }
  }

  public Map<String, Score> tokenLevel() {
    return Map.copyOf(tokens);
  }

  public Map<String, Score> spanLevel() {
    return Map.copyOf(spans);
  }

  private static String typeAt(List<Labelled> spans, Labelled token) {
    return spans.stream().filter(token::overlaps).map(Labelled::type).findFirst().orElse(null);
  }
}
