package com.shopagent.core.brain;

import java.util.Locale;

/** What the customer wants, at the grain the policies and metrics use. */
public enum Intent {
  FAQ, ORDER_STATUS, ORDER_CHANGE, ACCOUNT, HUMAN, COMPLAINT, GREETING, OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
