package com.shopagent.tools.kb.source;

import java.util.Locale;
import java.util.regex.Pattern;

/** Pages the agent must cite on returns, refunds, warranty, shipping and privacy questions. */
final class PolicyPages {

  private static final Pattern POLICY = Pattern.compile(
      "return|refund|warrant|guarantee|shipping|delivery|privacy|terms|conditions|cancell?ation|policy|policies");

  private PolicyPages() {}

  static boolean isPolicy(String url, String title) {
    return POLICY.matcher((url + " " + title).toLowerCase(Locale.ROOT)).find();
  }
}
