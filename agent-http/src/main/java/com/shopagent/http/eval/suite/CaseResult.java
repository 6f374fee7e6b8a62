package com.shopagent.http.eval.suite;

import java.util.List;

/** What one case did and which expectations it broke; the report is built from these alone. */
public record CaseResult(String suite, Suite.Case spec, List<TurnRecord> turns, List<CaseResult.Call> calls,
    List<String> failures) {
  public CaseResult {
    turns = List.copyOf(turns);
    calls = List.copyOf(calls);
    failures = List.copyOf(failures);
  }

  /**
   * One turn as the customer saw it, with the policy's view of it and what the model spent on it
   * (zero tokens for the offline brain). {@code turnId} is null when the turn never finished.
   */
  public record TurnRecord(String turnId, String said, String reply, String intent, String tier, boolean escalated,
      String outcome, boolean ticket, List<String> citations, List<String> reasons, long latencyMs,
      long inputTokens, long outputTokens, double costUsd) {
    public TurnRecord {
      citations = List.copyOf(citations);
      reasons = List.copyOf(reasons);
    }
  }

  /** One attempt of a tool call as the tool saw it. */
  public record Call(String tool, java.util.Map<String, String> arguments) {
    public Call {
      arguments = java.util.Map.copyOf(arguments);
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
