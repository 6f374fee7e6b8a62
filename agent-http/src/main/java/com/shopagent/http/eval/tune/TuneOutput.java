package com.shopagent.http.eval.tune;

import com.shopagent.core.policy.RiskTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tune results as a table for stdout, an SVG chart and a thresholds file for review. */
public final class TuneOutput {
  private TuneOutput() {}

  public static String table(Map<RiskTier, List<ThresholdSearch.Point>> sweeps,
      Map<RiskTier, ThresholdSearch.Choice> chosen, Map<RiskTier, Double> targets) {
    StringBuilder s = new StringBuilder();
    sweeps.forEach((tier, points) -> {
      s.append(String.format(Locale.ROOT, "%n%s tier (target missed <= %.4f)%n%-10s %-16s %-20s%n", tier.label(),
          targets.get(tier), "threshold", "missed (must)", "escalated (no rows)"));
      points.forEach(p -> s.append(String.format(Locale.ROOT, "%-10.2f %4d/%-4d %6.2f%%  %5d/%-5d %6.2f%%%s%n",
          p.threshold(), p.missed(), p.mustRows(), 100 * p.missedRate(), p.escalatedNo(), p.noRows(),
          100 * p.escalationRate(), p == chosen.get(tier).point() ? "  <- chosen" : "")));
      if (!chosen.get(tier).meetsTarget()) {
        s.append("  no threshold meets the target on this data; the lowest missed rate is chosen\n");
      }
    });
    return s.toString();
  }

  public static String check(ThresholdSearch.Point p, Double current, double target) {
    return String.format(Locale.ROOT, "%s: proposed min_routing_confidence %.2f (now %s): missed %d/%d = %.4f %s "
            + "target %.4f, escalated %d/%d no-rows%n", p.tier().label(), p.threshold(), current, p.missed(),
        p.mustRows(), p.missedRate(), p.missedRate() <= target ? "meets" : "MISSES", target, p.escalatedNo(), p.noRows());
  }

  public static void write(Path dir, Map<RiskTier, List<ThresholdSearch.Point>> sweeps,
      Map<RiskTier, ThresholdSearch.Choice> chosen, Map<RiskTier, Double> targets) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("tune.svg"), TradeOffChart.svg(sweeps, chosen));
    StringBuilder y = new StringBuilder("# Proposed by `agent eval tune`; review, then copy into config/policies.yaml.\n"
        + "# Only min_routing_confidence was searched; every other setting stays as it is.\ntiers:\n");
    chosen.forEach((tier, c) -> y.append(String.format(Locale.ROOT,
        "  %s:\n    min_routing_confidence: %.2f   # missed %d/%d (target %.4f%s), escalated %d/%d no-rows\n",
        tier.label(), c.point().threshold(), c.point().missed(), c.point().mustRows(), targets.get(tier),
        c.meetsTarget() ? "" : ", NOT MET", c.point().escalatedNo(), c.point().noRows())));
    Files.writeString(dir.resolve("proposed-thresholds.yaml"), y.toString());
  }
}
