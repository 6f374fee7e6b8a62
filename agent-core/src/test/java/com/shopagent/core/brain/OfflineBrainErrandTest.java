package com.shopagent.core.brain;

import static com.shopagent.core.brain.Steps.reply;
import static com.shopagent.core.brain.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.session.Turn;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Notes on the customer's own order and copies by email: run by the agent, never guessed, refused to guests. */
class OfflineBrainErrandTest {
  private static final Set<String> TOOLS = Set.of("read_kb", "create_ticket", "get_order_status", "update_user_note",
      "send_email");
  private static final Turn SHIPPING = new Turn("t0", "How long does shipping take?",
      "Standard shipping takes 3 to 5 business days.", Outcome.ANSWERED, "faq",
      List.of(new Citation("/docs/shipping", "Shipping")), null, Instant.now());

  private static TurnContext ctx(Identity who, List<Turn> history, String text, int round, List<ToolOutcome> outcomes) {
    return new TurnContext("s1", "t1", who, history, text, outcomes, TOOLS, round);
  }


  private static ToolOutcome outcome(ToolRequest call, ToolOutcome.Status status, String text) {
    return new ToolOutcome(call.requestId(), call.tool(), call.arguments(), status, new ToolOutput.Text(text), 1, 10,
        null);
  }

  @Test
  void should_queue_a_note_on_the_signed_in_customers_order_with_the_words_after_the_colon() {
    String text = "Please add a note to order 10283: leave the parcel with my neighbour at no. 12";
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx(OfflineBrainTest.ALICE, List.of(), text, 0, List.of())));
    ToolRequest call = plan.requests().get(0);
    assertEquals("update_user_note", call.tool());
    assertEquals(Map.of("order_id", "10283", "note", "leave the parcel with my neighbour at no. 12"), call.arguments());

    Reply done = reply(ctx(OfflineBrainTest.ALICE, List.of(), text, 1,
        List.of(outcome(call, ToolOutcome.Status.OK, "Note queued for your order ending in 0283 with reference 7."))));
    assertEquals("errand", done.intent());
    assertEquals("medium", done.riskTier());
    assertFalse(done.escalated(), done.reasons().toString());
    assertTrue(done.text().contains("reference 7"), done.text());
  }

  @Test
  void should_take_a_quoted_gift_message() {
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx(OfflineBrainTest.ALICE, List.of(),
        "Can you put a gift message \"Happy birthday, Sam!\" on order 10283?", 0, List.of())));
    assertEquals("Happy birthday, Sam!", plan.requests().get(0).arg("note", ""));
  }

  @Test
  void should_not_write_notes_for_a_guest_or_without_the_note_itself() {
    Reply guest = reply(ctx(Identity.guest("g"), List.of(), "Add a note to order 10283: ring twice", 0, List.of()));
    assertTrue(guest.text().contains("signed-in account"), guest.text());
    Reply vague = reply(ctx(OfflineBrainTest.ALICE, List.of(), "I'd like to add a note to my order", 0, List.of()));
    assertTrue(vague.text().contains("the order number and what the note should say"), vague.text());
  }

  @Test
  void should_offer_a_person_when_the_note_could_not_be_queued() {
    String text = "Add a note to order 10283: ring twice";
    var call = assertInstanceOf(BrainStep.UseTools.class, step(ctx(OfflineBrainTest.ALICE, List.of(), text, 0,
        List.of()))).requests().get(0);
    Reply failed = reply(ctx(OfflineBrainTest.ALICE, List.of(), text, 1, List.of(outcome(call,
        ToolOutcome.Status.FALLBACK, "No note was added: the order system is unavailable right now."))));
    assertTrue(failed.escalated(), failed.reasons().toString());
    assertTrue(failed.reasons().contains("tool_uncertain"), failed.reasons().toString());
    assertTrue(failed.text().startsWith("No note was added") && failed.text().contains(Dialogue.OFFER_TICKET),
        failed.text());
  }

  @Test
  void should_email_a_copy_of_the_previous_answer_passing_the_address_typed_for_the_tool_to_judge() {
    var plan = assertInstanceOf(BrainStep.UseTools.class, step(ctx(OfflineBrainTest.ALICE, List.of(SHIPPING),
        "Could you email me a copy at <EMAIL_1>?", 0, List.of())));
    ToolRequest call = plan.requests().get(0);
    assertEquals("send_email", call.tool());
    assertEquals("<EMAIL_1>", call.arg("to", ""));
    assertTrue(call.arg("body", "").contains("Standard shipping takes 3 to 5 business days.")
        && call.arg("body", "").contains("/docs/shipping"), call.arg("body", ""));
  }

  @Test
  void should_send_a_signed_in_customer_a_copy_to_their_account_without_asking_for_an_address() {
    var plan = assertInstanceOf(BrainStep.UseTools.class,
        step(ctx(OfflineBrainTest.ALICE, List.of(SHIPPING), "email me a copy of that please", 0, List.of())));
    assertFalse(plan.requests().get(0).arguments().containsKey("to"));
    assertTrue(plan.requests().get(0).arg("body", "").contains("3 to 5 business days"));
  }

  /** Security review finding 3: a guest cannot make the agent email anyone. */
  @Test
  void should_not_email_anyone_for_a_guest() {
    var step = step(ctx(Identity.guest("g"), List.of(SHIPPING),
        "Please email me a copy at <EMAIL_1>", 0, List.of()));
    var reply = assertInstanceOf(BrainStep.Respond.class, step).reply();
    assertTrue(reply.text().contains("signed-in account"), reply.text());
  }

  @Test
  void should_have_nothing_to_send_before_any_answer_and_keep_emails_out_of_other_requests() {
    Reply nothing = reply(ctx(OfflineBrainTest.ALICE, List.of(), "email me a copy at <EMAIL_1>", 0, List.of()));
    assertTrue(nothing.text().startsWith("There's nothing to send yet"), nothing.text());
    for (String other : List.of("Can you email me when my order ships?", "Please stop emailing me",
        "I want to send it back", "Add a review of the boots")) {
      var step = step(ctx(OfflineBrainTest.ALICE, List.of(SHIPPING), other, 0, List.of()));
      boolean errand = step instanceof BrainStep.UseTools u
          && u.requests().stream().anyMatch(r -> r.tool().equals("send_email") || r.tool().equals("update_user_note"));
      assertFalse(errand, other);
    }
  }
}
