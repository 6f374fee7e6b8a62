package com.shopagent.core.model;

/** How a turn ended, as audited and measured. */
public enum Outcome {
  ANSWERED, ESCALATED, TICKET, ERROR, REFUSED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
