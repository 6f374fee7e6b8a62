package com.shopagent.core.brain.routing;

import com.shopagent.core.policy.Decision;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.policy.PolicyEvaluator;
import java.util.ArrayList;
import java.util.List;

/**
 * Routing plus the escalation policy, before any tool runs: what {@code agent route} prints and
 * where the offline brain starts a turn.
 */
public final class Triage {
  private final IntentRouter router;
  private final PolicyEvaluator evaluator;

  public Triage(IntentRouter router, PolicyEvaluator evaluator) {
    this.router = router;
    this.evaluator = evaluator;
  }

  /** Shipped example phrases and the given policy; the model loads once per JVM. */
  public static Triage create(EscalationPolicy policy) {
    return new Triage(IntentRouter.create(policy), new PolicyEvaluator(policy));
  }

  public record Result(Routing routing, Decision decision) {}

  public Result assess(String text) {
    return assessAll(List.of(text)).get(0);
  }

  public List<Result> assessAll(List<String> texts) {
    List<Routing> routings = router.routeAll(texts);
    List<Result> out = new ArrayList<>(routings.size());
    for (Routing r : routings) {
      out.add(new Result(r, evaluator.evaluate(r.intent().label(), r.signals(), otherIssues(r))));
    }
    return out;
  }

  /** The reasons of the other issues a message carries ("cancel it, and I want a person") are recorded too. */
  private List<String> otherIssues(Routing r) {
    List<String> reasons = new ArrayList<>();
    for (var other : r.intents().subList(1, r.intents().size())) {
      evaluator.policy().intent(other.label())
          .filter(rule -> rule.reason() != null && rule.alwaysEscalate())
          .ifPresent(rule -> reasons.add(rule.reason()));
    }
    return reasons;
  }

  public PolicyEvaluator evaluator() {
    return evaluator;
  }
}
