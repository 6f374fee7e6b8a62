package com.shopagent.core.brain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of order change a customer asks for, as words that pick the right policy sentences:
 * "I want a refund for order 10245" should quote when refunds are paid, not how orders are numbered.
 */
final class ChangeTopics {
  private record Topic(Pattern asks, String words) {}

  private static final List<Topic> TOPICS = List.of(
      topic("cancel", "cancel cancellation order before packed shipped"),
      topic("refund|money back|reimburs|compensat", "refund issued business days original payment method"),
      topic("return|exchange|send (it )?back", "return exchange within days delivery unworn tags label"),
      topic("address|ship (it )?to", "change shipping address order not shipped packed"),
      topic("charged|payment|card|billed|declin", "charge payment card statement declined authorization"),
      topic("add|remove|swap|size|colou?r|item", "change size colour items order not packed"));

  private ChangeTopics() {}

  static String query(String userText) {
    String t = userText.toLowerCase(Locale.ROOT);
    StringBuilder q = new StringBuilder(userText);
    for (Topic topic : TOPICS) {
      if (topic.asks().matcher(t).find()) {
        q.append(' ').append(topic.words());
      }
    }
    return q.toString();
  }

  private static Topic topic(String asks, String words) {
    return new Topic(Pattern.compile("\\b(" + asks + ")"), words);
  }
}
