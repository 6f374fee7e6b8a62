package com.shopagent.core.policy;

import com.shopagent.core.CborSerializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence behind a turn's confidence, recorded with the turn. A null measure was not taken
 * (no retrieval, no tool) and does not count against the turn.
 *
 * @param routingConfidence probability the router gives its intent (0..1)
 * @param routingMargin that probability minus the runner-up's
 * @param highRiskShare probability mass the router puts on high-tier intents
 * @param retrievalTop score of the best retrieved passage
 * @param retrievalGap best passage score minus the second's
 * @param citationCoverage share of the question's terms the cited sentences cover (0..1)
 * @param toolCertainty 1 for a full tool result, lower for partial, empty or fallback ones
 * @param riskFlags named risks seen in the text or the results, e.g. {@code card_number}
 */
public record Signals(
    Double routingConfidence,
    Double routingMargin,
    Double highRiskShare,
    Double retrievalTop,
    Double retrievalGap,
    Double citationCoverage,
    Double toolCertainty,
    List<String> riskFlags)
    implements CborSerializable {

  public static final Signals NONE = new Signals(null, null, null, null, null, null, null, List.of());

  public Signals {
    riskFlags = riskFlags == null ? List.of() : List.copyOf(riskFlags);
  }

  public static Signals routing(double confidence, double margin, double highRiskShare, List<String> riskFlags) {
    return new Signals(confidence, margin, highRiskShare, null, null, null, null, riskFlags);
  }

  public Signals withRetrieval(double top, double gap, double coverage) {
    return new Signals(routingConfidence, routingMargin, highRiskShare, top, gap, coverage, toolCertainty, riskFlags);
  }

  public Signals withToolCertainty(double certainty) {
    return new Signals(routingConfidence, routingMargin, highRiskShare, retrievalTop, retrievalGap, citationCoverage,
        certainty, riskFlags);
  }

  public Signals withFlag(String flag) {
    if (riskFlags.contains(flag)) {
      return this;
    }
    List<String> flags = new ArrayList<>(riskFlags);
    flags.add(flag);
    return new Signals(routingConfidence, routingMargin, highRiskShare, retrievalTop, retrievalGap, citationCoverage,
        toolCertainty, flags);
  }
}
