package com.shopagent.core.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One offer of a person per reply, in the one wording the next turn understands. */
class TicketOfferTest {
  @Test
  void should_replace_a_models_own_offer_by_the_one_offer() {
    String text = TicketOffer.once("Refunds take 5-10 business days. Would you like me to open a ticket for you?", true);
    assertEquals("Refunds take 5-10 business days. " + TicketOffer.TEXT, text);
  }

  @Test
  void should_not_repeat_the_offer_when_the_text_already_makes_it() {
    String once = TicketOffer.once("I couldn't find that. " + TicketOffer.TEXT, true);
    assertEquals(once.indexOf(TicketOffer.TEXT), once.lastIndexOf(TicketOffer.TEXT), once);
  }

  @Test
  void should_leave_an_answer_without_an_offer_as_it_is() {
    String answer = "Standard shipping takes 3-7 business days.\n\nExpedited takes 2.";
    assertEquals(answer, TicketOffer.once(answer, false));
    assertFalse(TicketOffer.offered(answer));
    assertTrue(TicketOffer.offered("Shall I connect you with our team?"));
  }
}
