package com.shopagent.core.policy;

import java.util.List;

/**
 * What the policy concluded for one turn.
 *
 * @param confidence the weakest of the measured signals (0..1)
 * @param reasons reason codes, the escalating ones first
 */
public record Decision(String intent, RiskTier tier, double confidence, boolean escalate, List<String> reasons,
    Signals signals) {

  public Decision {
    reasons = List.copyOf(reasons);
  }

  public boolean has(String reason) {
    return reasons.contains(reason);
  }

  /** The same decision with more recorded reasons (findings that do not change whether it escalates). */
  public Decision plus(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(reasons);
    more.stream().filter(r -> !all.contains(r)).forEach(all::add);
    return new Decision(intent, tier, confidence, escalate, all, signals);
  }
}
