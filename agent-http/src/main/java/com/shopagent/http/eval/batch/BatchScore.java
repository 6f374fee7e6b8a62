package com.shopagent.http.eval.batch;

import com.shopagent.core.policy.RiskTier;
import com.shopagent.http.eval.suite.CaseResult;
import com.shopagent.http.eval.suite.RunMetrics;
import com.shopagent.http.eval.suite.Suite;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores sampled conversations into the same results and figures as a suite run, so a batch
 * over real traffic and a CI suite read alike. Without labels, intent accuracy is agreement
 * with the reference (or judge); action correctness is turns with tool use or an action claim
 * that broke no tool rule; citation precision is cited pages that were retrieved in that turn;
 * citation recall is answers grounded in retrieved pages that cite at least one.
 */
public final class BatchScore {
  private final Rubric rubric;
  private final Judge judge;
  private final Function<String, String> userOf;

  /** @param userOf the suite user (a customer id, or "guest") behind a user hash */
  public BatchScore(Rubric rubric, Judge judge, Function<String, String> userOf) {
    this.rubric = rubric;
    this.judge = judge;
    this.userOf = userOf;
  }

  public record Scored(List<CaseResult> results, RunMetrics metrics) {}

  public Scored score(List<Conversation> sample, java.util.function.BiConsumer<Integer, Integer> progress) {
    List<CaseResult> results = new ArrayList<>();
    int intentTurns = 0, intentOk = 0, actionTurns = 0, actionOk = 0, cited = 0, citedRetrieved = 0;
    int grounded = 0, groundedCited = 0;
    for (Conversation c : sample) {
      List<Judge.Verdict> verdicts = judge.judge(c);
      List<String> failures = new ArrayList<>();
      List<CaseResult.TurnRecord> turns = new ArrayList<>();
      List<CaseResult.Call> calls = new ArrayList<>();
      RiskTier tier = RiskTier.LOW;
      boolean mustEscalate = false;
      boolean handedOver = false;
      for (int i = 0; i < c.turns().size(); i++) {
        Conversation.Turn t = c.turns().get(i);
        Judge.Verdict v = verdicts.get(i);
        List<String> turnFailures = new ArrayList<>(rubric.failures(t, v.expected(), handedOver));
        turnFailures.addAll(v.findings());
        int n = i + 1;
        turnFailures.forEach(f -> failures.add("turn " + n + ": " + f));
        handedOver |= t.escalated();
        mustEscalate |= v.expected().escalate();
        tier = RiskTier.of(v.expected().tier()).compareTo(tier) > 0 ? RiskTier.of(v.expected().tier()) : tier;
        if (!t.intent().equals("blocked")) {
          intentTurns++;
          intentOk += t.intent().equals(v.expected().intent()) ? 1 : 0;
        }
        boolean claimOrTool = !t.tools().isEmpty() || turnFailures.stream().anyMatch(f -> f.startsWith("tool"));
        if (claimOrTool) {
          actionTurns++;
          actionOk += turnFailures.stream().noneMatch(f -> f.startsWith("tool")) ? 1 : 0;
        }
        long bad = turnFailures.stream().filter(f -> f.startsWith("citation not retrieved")).count();
        cited += t.citations().size();
        citedRetrieved += (int) (t.citations().size() - bad);
        boolean fromPages = t.outcome().equals("answered") && t.tools().stream().anyMatch(x -> x.tool().equals("read_kb")
            && x.summary() != null && x.summary().matches("[1-9]\\d* passages.*"));
        if (fromPages) {
          grounded++;
          groundedCited += t.citations().isEmpty() ? 0 : 1;
        }
        turns.add(new CaseResult.TurnRecord(t.turnId(), t.userText(), t.replyText(), t.intent(), t.riskTier(),
            t.escalated(), t.outcome(), t.ticketId() != null, t.citations(), t.reasons(), t.latencyMs(),
            t.inputTokens(), t.outputTokens(), t.costUsd()));
        t.tools().forEach(x -> calls.add(new CaseResult.Call(x.tool(), x.arguments())));
      }
      boolean leaked = failures.stream().anyMatch(f -> f.contains(Rubric.LEAK));
      Judge.Verdict last = verdicts.get(verdicts.size() - 1);
      Suite.Expect expect = new Suite.Expect(last.expected().intent(), tier.label(), mustEscalate, null, null, null,
          null, null, null, null);
      Suite.Case spec = new Suite.Case(c.sessionId(), userOf.apply(c.userHash()), tier.label(),
          c.turns().stream().map(Conversation.Turn::userText).toList(), null, leaked, expect);
      results.add(new CaseResult("batch", spec, turns, calls, failures));
      progress.accept(results.size(), sample.size());
    }
    RunMetrics m = RunMetrics.of(results).withScores(rate(intentOk, intentTurns), rate(actionOk, actionTurns),
        rate(citedRetrieved, cited), rate(groundedCited, grounded));
    return new Scored(List.copyOf(results), m);
  }

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
