package com.shopagent.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reply checkpoint as the session uses it: what this turn's own inputs make safe to repeat. */
class GuardsTest {
  private final Guards guards = Guards.defaults(new Redactor(new Hashing("k")), List.of(), List.of());

  private static Reply answer(String text) {
    return new Reply(text, List.of(), Outcome.ANSWERED, false, null, "faq", 0.9, List.of());
  }

  private static ToolOutcome read(String pageText) {
    return new ToolOutcome("kb-1", "read_kb", Map.of("query", "invoice"), ToolOutcome.Status.OK,
        new ToolOutput.Passages(List.of(new Passage(pageText, "/docs/billing", "Billing", 0.8, true))), 1, 5, null);
  }

  @Test
  void should_show_the_shops_own_address_quoted_from_a_help_page() {
    Reply reply = answer("For a copy of an invoice, write to billing@juniperpine.example.");
    var page = read("Need an invoice? Write to billing@juniperpine.example with your order number.");
    assertEquals(reply, guards.screen(reply, "where can I get an invoice", List.of(page)));
    assertEquals(Outcome.REFUSED, guards.screen(reply, "where can I get an invoice", List.of()).outcome(),
        "the same address with no page behind it is withheld");
  }

  @Test
  void should_echo_an_order_number_the_customer_typed_with_a_space_in_it() {
    Reply ask = answer("Thanks! To keep orders private, please give me the billing email for the order ending in 0297.");
    assertEquals(ask, guards.screen(ask, "order number: 10 297 - any news?", List.of()));
    assertEquals(Outcome.REFUSED, guards.screen(ask, "order number: 10 298 - any news?", List.of()).outcome());
  }
}
