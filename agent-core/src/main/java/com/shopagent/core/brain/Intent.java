package com.shopagent.core.brain;

import java.util.Locale;

/**
 * What the customer wants, at the grain the policies and metrics use. ERRAND is work the agent
 * does itself: a note on the customer's own order, a copy of an answer by email.
 */
public enum Intent {
  FAQ, ORDER_STATUS, ORDER_CHANGE, ERRAND, ACCOUNT, HUMAN, COMPLAINT, GREETING, OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
