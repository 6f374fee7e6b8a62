package com.shopagent.http.eval.suite;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG bar charts, drawn by hand: two small fixed layouts do not justify a chart library. */
final class Charts {
  private static final int BAR = 28;
  private static final int PLOT_H = 160;

  private Charts() {}

  /** Escalation rate and missed-escalation rate side by side per tier, 0-100%. */
  static String tiers(Map<String, RunMetrics.Tier> tiers) {
    int width = 80 + tiers.size() * (2 * BAR + 40);
    StringBuilder s = svg(width, "Escalation rate and missed-escalation rate per risk tier");
    axis(s, width);
    int x = 60;
    for (Map.Entry<String, RunMetrics.Tier> e : tiers.entrySet()) {
      bar(s, x, e.getValue().escalationRate(), "#3b6fb6", pctLabel(e.getValue().escalationRate()));
      Double missed = e.getValue().missedEscalationRate();
      bar(s, x + BAR, missed == null ? 0 : missed, "#c0392b", missed == null ? "n/a" : pctLabel(missed));
      s.append(text(x + BAR, PLOT_H + 38, ReportHtml.esc(e.getKey()), "middle"));
      x += 2 * BAR + 40;
    }
    s.append(text(60, 14, "\u25A0 escalation rate", "start").replace("<text", "<text fill=\"#3b6fb6\""));
    s.append(text(200, 14, "\u25A0 missed-escalation rate", "start").replace("<text", "<text fill=\"#c0392b\""));
    return s.append("</svg>").toString();
  }

  /** Histogram of turn latencies in ten equal buckets up to the slowest turn. */
  static String latency(List<Long> sortedMs) {
    int buckets = 10;
    long max = sortedMs.isEmpty() ? 1 : Math.max(1, sortedMs.get(sortedMs.size() - 1));
    int[] counts = new int[buckets];
    sortedMs.forEach(ms -> counts[(int) Math.min(buckets - 1, ms * buckets / (max + 1))]++);
    int most = java.util.Arrays.stream(counts).max().orElse(1);
    int width = 80 + buckets * (BAR + 24);
    StringBuilder s = svg(width, "Turn latency distribution");
    axis(s, width);
    for (int i = 0; i < buckets; i++) {
      int x = 60 + i * (BAR + 24);
      bar(s, x, most == 0 ? 0 : (double) counts[i] / most, "#6a8f3a", String.valueOf(counts[i]));
      s.append(text(x + BAR / 2, PLOT_H + 38, "\u2264" + (max * (i + 1) / buckets) + "ms", "middle")
          .replace("<text", "<text font-size=\"9\""));
    }
    return s.append("</svg>").toString();
  }

  private static StringBuilder svg(int width, String title) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\"><title>%s</title>",
        width, PLOT_H + 50, title));
  }

  private static void axis(StringBuilder s, int width) {
    s.append(String.format(Locale.ROOT, "<line x1=\"50\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
        PLOT_H + 20, width - 10, PLOT_H + 20));
  }

  private static String pctLabel(double share) {
    return Math.round(share * 100) + "%";
  }

  private static void bar(StringBuilder s, int x, double share, String color, String label) {
    int h = (int) Math.round(Math.max(0, Math.min(1, share)) * PLOT_H);
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
        x, PLOT_H + 20 - h, BAR - 2, h, color));
    s.append(text(x + BAR / 2, PLOT_H + 16 - h, label, "middle")
        .replace("<text", "<text font-size=\"10\""));
  }

  private static String text(int x, int y, String label, String anchor) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\">%s</text>",
        x, y, anchor, label);
  }
}
