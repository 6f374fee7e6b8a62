package com.shopagent.core.brain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private final Spelling spelling = Spelling.of(List.of("where is my order", "I want to talk to a person"));

  @Test
  void should_fix_the_typos_routing_depends_on() {
    assertEquals("cancel my order", spelling.correct("cancle my order"));
    assertEquals("i want a refund", spelling.correct("i wnat a refnd"));
    assertEquals("help to cancel order", spelling.correct("help tocancel order"));
    assertEquals("track my order", spelling.correct("trakc my ordr"));
    assertEquals("payment options", spelling.correct("paymnet options"));
  }

  @Test
  void should_leave_known_words_their_forms_and_short_words_alone() {
    assertEquals("talking to someone about it", spelling.correct("talking to someone about it"));
    assertEquals("Where is my parcel, Bob?", spelling.correct("Where is my parcel, Bob?"));
    assertEquals("<EMAIL_1> order 10283", spelling.correct("<EMAIL_1> order 10283"));
  }
}
