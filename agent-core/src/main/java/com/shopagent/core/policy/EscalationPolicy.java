package com.shopagent.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation policy as loaded from {@code config/policies.yaml}: a tier per intent, risk
 * flags that raise the tier, and the thresholds of each tier. Intents are plain labels so both
 * brains (and the CLI) share one policy.
 */
public record EscalationPolicy(
    int version,
    Map<String, IntentRule> intents,
    Map<String, FlagRule> riskFlags,
    Map<RiskTier, TierRules> tiers) {

  public EscalationPolicy {
    intents = Map.copyOf(intents);
    riskFlags = riskFlags == null ? Map.of() : Map.copyOf(riskFlags);
    tiers = Map.copyOf(tiers);
    for (RiskTier t : RiskTier.values()) {
      if (!tiers.containsKey(t)) {
        throw new IllegalArgumentException("policy has no thresholds for tier " + t.label());
      }
    }
  }

  /** @param reason recorded when a turn of this intent escalates; may be null */
  public record IntentRule(RiskTier tier, String reason, boolean alwaysEscalate) {}

  public record FlagRule(RiskTier tier, String reason) {}

  /**
   * Thresholds of one tier; a null threshold is not checked.
   *
   * @param escalateOn the reasons that make a turn of this tier escalate
   * @param escalateUnlessAllChecksPass any reason at all escalates (the high tier)
   */
  public record TierRules(
      Double minRoutingConfidence,
      Double maxHighRiskShare,
      Double minCitationCoverage,
      Double minToolCertainty,
      List<String> escalateOn,
      boolean escalateUnlessAllChecksPass) {

    public TierRules {
      escalateOn = escalateOn == null ? List.of() : List.copyOf(escalateOn);
    }

    public boolean escalates(String reason) {
      return escalateUnlessAllChecksPass || escalateOn.contains(reason);
    }
  }

  /** Unknown intents are treated as the riskiest tier: a label nobody configured is not safe. */
  public RiskTier tierOf(String intent) {
    IntentRule rule = intents.get(intent);
    return rule == null ? RiskTier.HIGH : rule.tier();
  }

  public Optional<IntentRule> intent(String intent) {
    return Optional.ofNullable(intents.get(intent));
  }

  public TierRules rules(RiskTier tier) {
    return tiers.get(tier);
  }

  /** The policy the jar carries (a copy of config/policies.yaml). */
  public static EscalationPolicy defaults() {
    return PolicyFile.classpathDefault();
  }

  public static EscalationPolicy load(java.nio.file.Path file) {
    return PolicyFile.read(file);
  }
}
