package com.shopagent.http.eval.tune;

import com.shopagent.core.policy.RiskTier;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Missed-escalation rate (solid) and escalation rate of no-rows (dashed) against the threshold, per tier. */
final class TradeOffChart {
  private static final int W = 640;
  private static final int H = 320;
  private static final int PAD = 50;
  private static final Map<RiskTier, String> COLORS =
      Map.of(RiskTier.LOW, "#1b7f3b", RiskTier.MEDIUM, "#3b6fb6", RiskTier.HIGH, "#c0392b");

  private TradeOffChart() {}

  static String svg(Map<RiskTier, List<ThresholdSearch.Point>> sweeps, Map<RiskTier, ThresholdSearch.Choice> chosen) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">"
            + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>"
            + "<text x=\"%d\" y=\"16\" font-size=\"13\">min_routing_confidence: missed escalations (solid) and "
            + "escalated no-rows (dashed)</text>", W, H, PAD));
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>"
        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", PAD, H - PAD, W - 20, H - PAD, PAD, 30, PAD, H - PAD));
    for (int i = 0; i <= 4; i++) {
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d%%</text>",
          PAD - 4, y(i / 4.0) + 4, i * 25));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.2f</text>",
          x(i / 4.0), H - PAD + 16, i / 4.0));
    }
    int legend = 0;
    for (var e : sweeps.entrySet()) {
      String color = COLORS.get(e.getKey());
      s.append(line(e.getValue(), true, color)).append(line(e.getValue(), false, color));
      ThresholdSearch.Point p = chosen.get(e.getKey()).point();
      s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/>", x(p.threshold()),
          y(p.missedRate()), color));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s (chosen %.2f)</text>",
          W - 170, 40 + 16 * legend++, color, e.getKey().label(), p.threshold()));
    }
    return s.append("</svg>").toString();
  }

  private static String line(List<ThresholdSearch.Point> points, boolean missed, String color) {
    StringBuilder pts = new StringBuilder();
    points.forEach(p -> pts.append(x(p.threshold())).append(',')
        .append(y(missed ? p.missedRate() : p.escalationRate())).append(' '));
    return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>",
        color, missed ? "" : " stroke-dasharray=\"5,4\"", pts.toString().trim());
  }

  private static int x(double v) {
    return PAD + (int) Math.round(v * (W - PAD - 30));
  }

  private static int y(double v) {
    return H - PAD - (int) Math.round(v * (H - PAD - 30));
  }
}
