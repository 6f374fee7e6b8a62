package com.shopagent.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the escalation policy to a turn's intent, signals and findings. Pure and cheap: the
 * brains call it after routing and again once tool results are in.
 */
public final class PolicyEvaluator {
  private final EscalationPolicy policy;

  public PolicyEvaluator(EscalationPolicy policy) {
    this.policy = policy;
  }

  public EscalationPolicy policy() {
    return policy;
  }

  public Decision evaluate(String intent, Signals signals) {
    return evaluate(intent, signals, List.of());
  }

  /** @param findings reason codes the brain found itself, e.g. {@link ReasonCodes#ORDER_NOT_FOUND} */
  public Decision evaluate(String intent, Signals signals, List<String> findings) {
    RiskTier tier = policy.tierOf(intent);
    Set<String> reasons = new LinkedHashSet<>();
    var rule = policy.intent(intent);
    for (String flag : signals.riskFlags()) {
      EscalationPolicy.FlagRule f = policy.riskFlags().get(flag);
      if (f != null) {
        tier = max(tier, f.tier());
        reasons.add(f.reason());
      }
    }
    if (rule.isPresent() && rule.get().reason() != null && rule.get().alwaysEscalate()) {
      reasons.add(rule.get().reason());
    }
    if (rule.isEmpty()) {
      reasons.add(ReasonCodes.LOW_CONFIDENCE); // an intent the policy does not know cannot be trusted
    }
    EscalationPolicy.TierRules t = policy.rules(tier);
    below(signals.routingConfidence(), t.minRoutingConfidence(), ReasonCodes.LOW_CONFIDENCE, reasons);
    if (t.maxHighRiskShare() != null && signals.highRiskShare() != null && signals.highRiskShare() > t.maxHighRiskShare()) {
      reasons.add(ReasonCodes.POSSIBLE_HIGH_RISK);
    }
    below(signals.citationCoverage(), t.minCitationCoverage(), ReasonCodes.WEAK_RETRIEVAL, reasons);
    below(signals.toolCertainty(), t.minToolCertainty(), ReasonCodes.TOOL_UNCERTAIN, reasons);
    reasons.addAll(findings);

    List<String> escalating = new ArrayList<>();
    List<String> recorded = new ArrayList<>();
    for (String r : reasons) {
      (t.escalates(r) || forced(r, rule, signals) ? escalating : recorded).add(r);
    }
    boolean escalate = !escalating.isEmpty();
    if (escalate && rule.isPresent() && rule.get().reason() != null && !escalating.contains(rule.get().reason())) {
      escalating.add(0, rule.get().reason()); // say what the turn was about, then why it could not be finished
    }
    escalating.addAll(recorded);
    return new Decision(intent, tier, confidence(signals), escalate, escalating, signals);
  }

  /** An always-escalating intent's reason and a risk flag's reason escalate in every tier. */
  private boolean forced(String reason, java.util.Optional<EscalationPolicy.IntentRule> rule, Signals signals) {
    if (rule.isPresent() && rule.get().alwaysEscalate() && reason.equals(rule.get().reason())) {
      return true;
    }
    return signals.riskFlags().stream().map(policy.riskFlags()::get)
        .anyMatch(f -> f != null && reason.equals(f.reason()));
  }

  private static void below(Double value, Double min, String reason, Set<String> reasons) {
    if (value != null && min != null && value < min) {
      reasons.add(reason);
    }
  }

  /** The weakest link: an answer is only as sure as its least certain measured part. */
  static double confidence(Signals s) {
    double c = 1.0;
    boolean measured = false;
    for (Double v : new Double[] {s.routingConfidence(), s.citationCoverage(), s.toolCertainty()}) {
      if (v != null) {
        c = Math.min(c, v);
        measured = true;
      }
    }
    return measured ? Math.max(0, c) : 0.5;
  }

  private static RiskTier max(RiskTier a, RiskTier b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
