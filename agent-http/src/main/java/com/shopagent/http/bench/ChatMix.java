package com.shopagent.http.bench;

import java.util.List;
import java.util.Random;

/**
 * The conversations a load run sends, shaped like a shop's traffic: mostly guests with help-page
 * questions, some signed-in customers asking about their own order, a few who want a person.
 */
final class ChatMix {
  /** One scripted conversation; {@code customer} is a demo WordPress user id, or null for a guest. */
  record Conversation(String kind, Long customer, List<String> messages) {}

  private static final List<String> FAQ = List.of(
      "How long does shipping take?",
      "Do you ship to Canada?",
      "What is your return policy?",
      "How do I exchange boots for another size?",
      "Which payment methods do you accept?",
      "Do you sell gift cards?",
      "Is there a warranty on the tent?",
      "How do I wash a merino base layer?",
      "What are your support hours?",
      "Can I use two discount codes on one order?");
  private static final List<String> ORDER = List.of(
      "Where is my order #10283?",
      "When will order 10283 arrive?",
      "What is the status of my order 10283?");
  private static final String HAND_OFF = "I want to talk to a human please";

  private final Random random;
  private final Long customer;

  /** @param customer the signed-in demo customer for order conversations; null: guests only */
  ChatMix(long seed, Long customer) {
    this.random = new Random(seed);
    this.customer = customer;
  }

  /**
   * A conversation of {@code turns} messages: 70 % help-page questions, 20 % a signed-in customer's
   * own order between questions (when signing is possible), 10 % questions ending in a hand-off.
   */
  synchronized Conversation next(int turns) {
    int roll = random.nextInt(100);
    String kind = roll < 20 && customer != null ? "order" : roll >= 90 ? "handoff" : "faq";
    List<String> messages = new java.util.ArrayList<>();
    for (int i = 0; i < turns; i++) {
      boolean last = i == turns - 1;
      messages.add(kind.equals("order") && i % 2 == 0 ? pick(ORDER) : kind.equals("handoff") && last ? HAND_OFF : pick(FAQ));
    }
    return new Conversation(kind, kind.equals("order") ? customer : null, List.copyOf(messages));
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
