package com.shopagent.http.eval;

import java.util.Set;

/**
 * One scored message: the intents that count as right, the tier it belongs to and whether a
 * person must see it.
 */
public record LabelledMessage(String id, String text, Set<String> intents, String tier, boolean mustEscalate) {
  public LabelledMessage {
    intents = Set.copyOf(intents);
  }
}
