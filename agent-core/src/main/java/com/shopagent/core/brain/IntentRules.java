package com.shopagent.core.brain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * First-pass intent rules: phrases that settle the intent on their own. Order matters: a refund
 * request that also asks for a person is still a hand-off, so HUMAN wins over ORDER_CHANGE.
 */
final class IntentRules {
  private record Rule(Intent intent, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      rule(Intent.HUMAN, "\\b(human|real person|a person|someone real|representative|live agent|an agent|"
          + "customer service|support team|speak (to|with)|talk (to|with) (a|an|some|your)|call me)\\b"),
      rule(Intent.COMPLAINT, "\\b(complain\\w*|unacceptable|terrible|awful|worst|furious|angry|ridiculous|"
          + "disgusted|fed up|very disappointed|so disappointed|rude)\\b"),
      rule(Intent.ORDER_CHANGE, "\\b(refund me|want (a|my) refund|get (a|my) refund|money back|cancel (my|the|this) order|"
          + "cancel order|change (my|the) (shipping |delivery )?address|change (my|the) order|"
          + "wrong (item|size) (was )?(sent|delivered)|return (my|this|the) order|i want to return)\\b"),
      rule(Intent.ORDER_STATUS, "\\b(where('?s| is) my (order|package|parcel)|track(ing)? (my )?(order|package)|"
          + "order status|status of (my )?order|has my order shipped|when will my order)\\b"),
      rule(Intent.ACCOUNT, "\\b(password|log ?in|sign ?in|my account|delete (my )?account|"
          + "change (my )?email)\\b"),
      rule(Intent.GREETING, "^(hi|hello|hey|good (morning|afternoon|evening)|thanks?( you)?|thank you)[!. ]*$"));

  private IntentRules() {}

  static Intent classify(String text) {
    String t = text.toLowerCase(Locale.ROOT).trim();
    for (Rule r : RULES) {
      if (r.pattern().matcher(t).find()) {
        return r.intent();
      }
    }
    return Intent.FAQ;
  }

  private static Rule rule(Intent intent, String regex) {
    return new Rule(intent, Pattern.compile(regex));
  }
}
