package com.shopagent.http.eval;

import com.shopagent.core.brain.routing.Triage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores routing decisions against labels: intent accuracy, missed escalations on must rows
 * (the costly error) and escalations on no rows (lost deflections), overall and per labelled tier.
 */
public final class RouteScore {
  /** Counts of one group of rows. */
  public record Tally(int rows, int intentRight, int mustRows, int missed, int noRows, int escalatedNo) {
    Tally plus(boolean right, boolean must, boolean escalated) {
      return new Tally(rows + 1, intentRight + (right ? 1 : 0), mustRows + (must ? 1 : 0),
          missed + (must && !escalated ? 1 : 0), noRows + (must ? 0 : 1), escalatedNo + (!must && escalated ? 1 : 0));
    }

    public double intentAccuracy() {
      return ratio(intentRight, rows);
    }

    public double missedRate() {
      return ratio(missed, mustRows);
    }

    public double noEscalationRate() {
      return ratio(escalatedNo, noRows);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : a / (double) b;
    }
  }

  /** A row the router got wrong in a way that matters. */
  public record Miss(LabelledMessage message, String intent, boolean escalated, List<String> reasons) {}

  private Tally all = new Tally(0, 0, 0, 0, 0, 0);
  private final Map<String, Tally> byTier = new LinkedHashMap<>();
  private final List<Miss> misses = new ArrayList<>();

  public void add(LabelledMessage m, Triage.Result r) {
    boolean right = m.intents().contains(r.routing().intent().label());
    boolean escalated = r.decision().escalate();
    all = all.plus(right, m.mustEscalate(), escalated);
    byTier.merge(m.tier(), new Tally(0, 0, 0, 0, 0, 0).plus(right, m.mustEscalate(), escalated),
        (a, b) -> a.plus(right, m.mustEscalate(), escalated));
    if (m.mustEscalate() != escalated || !right) {
      misses.add(new Miss(m, r.routing().intent().label(), escalated, r.decision().reasons()));
    }
  }

  public Tally all() {
    return all;
  }

  public Map<String, Tally> byTier() {
    return Map.copyOf(byTier);
  }

  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  /** The report as plain text, tiers in low, medium, high order. */
  public String report(String title, double seconds) {
    StringBuilder b = new StringBuilder(title).append('\n');
    b.append(String.format("%-8s %6s %9s %11s %13s %12s %14s%n", "tier", "rows", "intent", "must rows",
        "missed (must)", "no rows", "escalated (no)"));
    for (String tier : List.of("low", "medium", "high")) {
      if (byTier.containsKey(tier)) {
        b.append(line(tier, byTier.get(tier)));
      }
    }
    byTier.keySet().stream().filter(t -> !List.of("low", "medium", "high").contains(t))
        .forEach(t -> b.append(line(t, byTier.get(t))));
    b.append(line("all", all));
    b.append(String.format("%d messages in %.1f s%n", all.rows(), seconds));
    return b.toString();
  }

  private static String line(String name, Tally t) {
    return String.format("%-8s %6d %8.1f%% %11d %5d (%5.2f%%) %10d %5d (%5.1f%%)%n", name, t.rows(),
        100 * t.intentAccuracy(), t.mustRows(), t.missed(), 100 * t.missedRate(), t.noRows(), t.escalatedNo(),
        100 * t.noEscalationRate());
  }
}
