package com.shopagent.core.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much harm a wrong answer can do: low (FAQ), medium (order status), high (writes, PII, people). */
public enum RiskTier {
  LOW, MEDIUM, HIGH;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static RiskTier of(String label) {
    for (RiskTier t : values()) {
      if (t.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown risk tier '" + label + "' (expected low, medium or high)");
  }
}
