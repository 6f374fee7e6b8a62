package com.shopagent.http.eval.tune;

import com.shopagent.core.brain.routing.Routing;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.policy.PolicyEvaluator;
import com.shopagent.core.policy.RiskTier;
import com.shopagent.http.eval.LabelledMessage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches each tier's {@code min_routing_confidence} on labelled messages: the value with the
 * fewest escalations of rows that need no person, among those whose missed-escalation rate on
 * the tier's must rows meets the target. Messages are routed once; only the policy is re-run.
 */
public final class ThresholdSearch {
  public static final List<Double> GRID = java.util.stream.IntStream.rangeClosed(0, 20)
      .mapToObj(i -> i * 0.05).toList();

  /** One candidate of one tier, measured on the rows labelled with that tier. */
  public record Point(RiskTier tier, double threshold, int mustRows, int missed, int noRows, int escalatedNo) {
    public double missedRate() {
      return mustRows == 0 ? 0 : (double) missed / mustRows;
    }

    public double escalationRate() {
      return noRows == 0 ? 0 : (double) escalatedNo / noRows;
    }
  }

  /** The chosen point per tier and whether it meets the target. */
  public record Choice(Point point, boolean meetsTarget) {}

  private final List<LabelledMessage> rows;
  private final List<Routing> routings;

  public ThresholdSearch(List<LabelledMessage> rows, List<Routing> routings) {
    this.rows = List.copyOf(rows);
    this.routings = List.copyOf(routings);
  }

  public List<Point> sweep(EscalationPolicy base, RiskTier tier) {
    List<Point> out = new ArrayList<>();
    for (double v : GRID) {
      out.add(measure(withThreshold(base, tier, v), tier, v));
    }
    return List.copyOf(out);
  }

  /** The fewest escalations meeting the target; else the lowest missed rate (ties: fewer escalations). */
  public static Choice choose(List<Point> points, double target) {
    return points.stream().filter(p -> p.missedRate() <= target)
        .min(java.util.Comparator.comparingInt(Point::escalatedNo).thenComparing(Point::threshold,
            java.util.Comparator.reverseOrder()))
        .map(p -> new Choice(p, true))
        .orElseGet(() -> new Choice(points.stream().min(java.util.Comparator.comparingDouble(Point::missedRate)
            .thenComparingInt(Point::escalatedNo)).orElseThrow(), false));
  }

  public Point measure(EscalationPolicy policy, RiskTier tier, double threshold) {
    PolicyEvaluator evaluator = new PolicyEvaluator(policy);
    int must = 0, missed = 0, no = 0, escalatedNo = 0;
    for (int i = 0; i < rows.size(); i++) {
      LabelledMessage m = rows.get(i);
      if (!tier.label().equals(m.tier())) {
        continue;
      }
      Routing r = routings.get(i);
      boolean escalated = evaluator.evaluate(r.intent().label(), r.signals(), otherIssues(policy, r)).escalate();
      if (m.mustEscalate()) {
        must++;
        missed += escalated ? 0 : 1;
      } else {
        no++;
        escalatedNo += escalated ? 1 : 0;
      }
    }
    return new Point(tier, threshold, must, missed, no, escalatedNo);
  }

  /** As the triage does: a second issue of an always-escalate intent is recorded as a finding. */
  private static List<String> otherIssues(EscalationPolicy policy, Routing r) {
    List<String> reasons = new ArrayList<>();
    for (var other : r.intents().subList(1, r.intents().size())) {
      policy.intent(other.label()).filter(rule -> rule.reason() != null && rule.alwaysEscalate())
          .ifPresent(rule -> reasons.add(rule.reason()));
    }
    return reasons;
  }

  public static EscalationPolicy withThreshold(EscalationPolicy base, RiskTier tier, double v) {
    return withThresholds(base, Map.of(tier, v));
  }

  public static EscalationPolicy withThresholds(EscalationPolicy base, Map<RiskTier, Double> values) {
    Map<RiskTier, EscalationPolicy.TierRules> tiers = new EnumMap<>(RiskTier.class);
    tiers.putAll(base.tiers());
    values.forEach((tier, v) -> {
      EscalationPolicy.TierRules t = base.rules(tier);
      tiers.put(tier, new EscalationPolicy.TierRules(v, t.maxHighRiskShare(), t.minCitationCoverage(),
          t.minToolCertainty(), t.escalateOn(), t.escalateUnlessAllChecksPass()));
    });
    return new EscalationPolicy(base.version(), new HashMap<>(base.intents()), base.riskFlags(), tiers);
  }
}
