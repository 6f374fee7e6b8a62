package com.shopagent.http.eval.suite;

import java.util.List;
import java.util.Locale;

/** A self-contained HTML report: no script, no external file, charts as inline SVG. */
final class ReportHtml {
  private ReportHtml() {}

  static String render(String title, String note, RunMetrics m, List<CaseResult> results) {
    StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title><style>body{font:14px sans-serif;margin:24px;max-width:1100px}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
            + ".fail{color:#b00020}.pass{color:#1b7f3b}pre{white-space:pre-wrap;background:#f6f6f6;padding:6px}"
            + "</style></head><body><h1>").append(esc(title)).append("</h1>");
    if (!note.isBlank()) {
      h.append("<p>").append(esc(note)).append("</p>");
    }
    h.append("<p class=\"").append(m.gateFailures() == 0 ? "pass\">Gate passed" : "fail\">Gate FAILED: "
        + m.gateFailures() + " gating case(s) failed").append("</p><h2>Summary</h2><table>");
    row(h, "Cases passed", m.passed() + " / " + m.cases());
    row(h, "Intent accuracy", pct(m.intentAccuracy()));
    row(h, "Action correctness", pct(m.actionCorrectness()));
    row(h, "Citation precision", pct(m.citationPrecision()));
    row(h, "Citation recall", pct(m.citationRecall()));
    row(h, "Missed escalations (all tiers)", pct(m.missedEscalationRate()));
    row(h, "Answered without ticket", pct(m.answeredWithoutTicket()));
    row(h, "Turn latency p50 / p95", m.p50LatencyMs() + " ms / " + m.p95LatencyMs() + " ms");
    row(h, "Tokens and cost per conversation", usage(m));
    h.append("</table><h2>Per risk tier</h2><table><tr><th>Tier</th><th>Cases</th><th>Escalation rate</th>"
        + "<th>Must escalate</th><th>Missed</th><th>Missed-escalation rate</th></tr>");
    m.tiers().forEach((tier, t) -> h.append("<tr><td>").append(esc(tier)).append("</td><td>").append(t.cases())
        .append("</td><td>").append(pct(t.escalationRate())).append("</td><td>").append(t.mustEscalate())
        .append("</td><td>").append(t.missed()).append("</td><td>").append(pct(t.missedEscalationRate()))
        .append("</td></tr>"));
    h.append("</table>").append(Charts.tiers(m.tiers()));
    h.append("<h2>Turn latency</h2>").append(Charts.latency(m.latenciesMs()));
    List<CaseResult> failing = results.stream().filter(r -> !r.passed()).toList();
    h.append("<h2>Failing cases (").append(failing.size()).append(")</h2>");
    for (CaseResult r : failing) {
      h.append("<h3 class=\"fail\">").append(esc(r.suite() + " / " + r.spec().id()))
          .append(r.spec().gate() ? " (gate)" : "").append("</h3><ul>");
      r.failures().forEach(f -> h.append("<li>").append(esc(f)).append("</li>"));
      h.append("</ul>");
      for (CaseResult.TurnRecord t : r.turns()) {
        h.append("<pre><b>").append(r.spec().guest() ? "guest" : "customer " + esc(r.spec().user())).append(":</b> ")
            .append(esc(t.said())).append("\n<b>agent</b> [").append(esc(t.intent() + ", " + t.tier() + ", "
                + t.outcome() + (t.escalated() ? ", escalated" : "") + ", " + t.latencyMs() + " ms"
                + (t.inputTokens() + t.outputTokens() > 0 ? ", " + (t.inputTokens() + t.outputTokens()) + " tokens" : "")
                + (t.turnId() != null ? ", turn " + t.turnId() : "")))
            .append("]: ").append(esc(t.reply()));
        if (!t.citations().isEmpty()) {
          h.append("\n<b>cited:</b> ").append(esc(String.join(" ", t.citations())));
        }
        h.append("</pre>");
      }
      if (!r.calls().isEmpty()) {
        h.append("<p>Tool calls: ").append(esc(r.calls().toString())).append("</p>");
      }
    }
    return h.append("</body></html>").toString();
  }

  private static void row(StringBuilder h, String k, String v) {
    h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
  }

  /** "n/a" when no model was used (the offline brain spends no tokens). */
  static String usage(RunMetrics m) {
    return m.tokensPerConversation() == null ? "n/a (no model used)"
        : String.format(Locale.ROOT, "%.0f tokens, $%.5f", m.tokensPerConversation(), m.costUsdPerConversation());
  }

  static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

}
