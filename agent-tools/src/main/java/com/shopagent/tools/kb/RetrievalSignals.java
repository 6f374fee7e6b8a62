package com.shopagent.tools.kb;

/**
 * What the confidence policy needs to judge a retrieval, beside the passages themselves.
 *
 * @param topScore the first passage's fused score over the best score possible (1 = ranked first
 *     by every half that ran), 0 when nothing was found
 * @param gap topScore minus the second passage's score on the same scale: small means a toss-up
 * @param agreeing how many returned passages both halves (lexical and vector) found
 * @param policyNeeded the question needed a policy page (returns, refunds, warranty...)
 * @param policyFound a policy passage is among the results
 */
public record RetrievalSignals(double topScore, double gap, int agreeing, boolean policyNeeded, boolean policyFound) {

  public static final RetrievalSignals NOTHING = new RetrievalSignals(0, 0, 0, false, false);

  /** A policy was needed and none could be found: the agent should not answer on its own. */
  public boolean policyMissing() {
    return policyNeeded && !policyFound;
  }
}
