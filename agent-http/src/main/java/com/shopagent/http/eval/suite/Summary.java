package com.shopagent.http.eval.suite;

import java.util.List;

/** The run's figures as plain text for stdout and CI logs. */
public final class Summary {
  private Summary() {}

  public static String text(RunMetrics m, List<CaseResult> results) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("cases %d, passed %d, gating failures %d%n", m.cases(), m.passed(), m.gateFailures()));
    s.append("intent accuracy      ").append(ReportHtml.pct(m.intentAccuracy())).append('\n');
    s.append("action correctness   ").append(ReportHtml.pct(m.actionCorrectness())).append('\n');
    s.append("citation precision   ").append(ReportHtml.pct(m.citationPrecision()))
        .append("  recall ").append(ReportHtml.pct(m.citationRecall())).append('\n');
    s.append("answered w/o ticket  ").append(ReportHtml.pct(m.answeredWithoutTicket())).append('\n');
    s.append("missed escalations   ").append(ReportHtml.pct(m.missedEscalationRate())).append('\n');
    m.tiers().forEach((tier, t) -> s.append(String.format("  tier %-7s cases %3d  escalation rate %s  missed %d/%d (%s)%n",
        tier, t.cases(), ReportHtml.pct(t.escalationRate()), t.missed(), t.mustEscalate(),
        ReportHtml.pct(t.missedEscalationRate()))));
    s.append(String.format("turn latency p50 %d ms, p95 %d ms%n", m.p50LatencyMs(), m.p95LatencyMs()));
    s.append("per conversation     ").append(ReportHtml.usage(m)).append('\n');
    results.stream().filter(r -> !r.passed()).forEach(r -> s.append("FAIL ").append(r.suite()).append('/')
        .append(r.spec().id()).append(r.spec().gate() ? " (gate): " : ": ").append(String.join("; ", r.failures()))
        .append('\n'));
    return s.toString();
  }
}
