package com.shopagent.core.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerComposerTest {

  @Test
  void should_quote_a_table_row_as_a_sentence_that_names_its_columns() {
    String page = """
        ## How long refunds take
        | Paid with | Refunded to | Time to appear |
        |---|---|---|
        | Visa or Mastercard | Same card | 5-10 business days |
        | PayPal | Your PayPal balance | 3-5 business days |
        """;
    var c = AnswerComposer.compose("how long does a PayPal refund take", List.of(
        new Passage(page, "/docs/refunds", "Refunds", 0.03, true)));
    assertTrue(c.text().contains("Paid with PayPal; refunded to: Your PayPal balance; time to appear: 3-5 business days."),
        c.text());
  }

  @Test
  void should_keep_list_items_and_bold_words_readable() {
    var pieces = AnswerComposer.sentences("We accept:\n- **PayPal**, including Pay Later;\n- Apple Pay;\n");
    assertEquals(List.of("PayPal, including Pay Later.", "Apple Pay."), pieces.stream().map(p -> p.text()).toList());
  }
}
