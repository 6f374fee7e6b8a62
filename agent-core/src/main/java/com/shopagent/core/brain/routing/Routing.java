package com.shopagent.core.brain.routing;

import com.shopagent.core.brain.Intent;
import com.shopagent.core.policy.Signals;
import java.util.List;
import java.util.Map;

/**
 * Where a message was routed and how sure the router is.
 *
 * @param intent the riskiest intent the message carries
 * @param confidence probability of that intent (0..1); rules count as {@value IntentRouter#RULE_CONFIDENCE}
 * @param margin confidence minus the runner-up's probability
 * @param highRiskShare probability the router puts on high-tier intents, over the message and its clauses
 * @param byRule a rule settled the intent
 * @param intents every intent found (rules and confident clauses), riskiest first
 * @param orderNumbers order numbers in the message, digits only
 * @param riskFlags risks the text shows (names as in policies.yaml)
 */
public record Routing(
    Intent intent,
    double confidence,
    double margin,
    double highRiskShare,
    boolean byRule,
    List<Intent> intents,
    Map<Intent, Double> probabilities,
    List<String> orderNumbers,
    List<String> riskFlags) {

  public Routing {
    intents = List.copyOf(intents);
    probabilities = Map.copyOf(probabilities);
    orderNumbers = List.copyOf(orderNumbers);
    riskFlags = List.copyOf(riskFlags);
  }

  public Signals signals() {
    return Signals.routing(round(confidence), round(margin), round(highRiskShare), riskFlags);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
