package com.shopagent.http.eval.suite;

import java.util.List;

/** What one case did and which expectations it broke; the report is built from these alone. */
public record CaseResult(String suite, Suite.Case spec, List<TurnRecord> turns, List<ToolTap.Call> calls,
    List<String> failures) {
  public CaseResult {
    turns = List.copyOf(turns);
    calls = List.copyOf(calls);
    failures = List.copyOf(failures);
  }

  /** One turn as the customer saw it, with the policy's view of it. */
  public record TurnRecord(String said, String reply, String intent, String tier, boolean escalated,
      String outcome, boolean ticket, List<String> citations, List<String> reasons, long latencyMs) {
    public TurnRecord {
      citations = List.copyOf(citations);
      reasons = List.copyOf(reasons);
    }
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  public TurnRecord last() {
    return turns.get(turns.size() - 1);
  }

  public boolean escalatedAnywhere() {
    return turns.stream().anyMatch(TurnRecord::escalated);
  }

  /** The tier the case counts under: its label, else the expected tier, else what the policy said. */
  public String tier() {
    if (spec.tier() != null) {
      return spec.tier();
    }
    return spec.expect().tier() != null ? spec.expect().tier() : last().tier();
  }
}
