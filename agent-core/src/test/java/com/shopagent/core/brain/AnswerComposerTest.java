package com.shopagent.core.brain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerComposerTest {
  private static final String FAQ = """
      ## Orders and shipping
      **How long does shipping take?**
      Most orders leave our warehouse within 1 business day. US Standard shipping then takes 3-7 business days. See [Shipping times and costs](/docs/shipping).

      **Do you ship outside the US?**
      Only to Canada. See [International shipping (Canada)](/docs/shipping-canada).
      """;
  private static final String SIZES = """
      ## Women's sizes
      | Size | Bust (in) | Waist (in) |
      |---|---|---|
      | S | 33-34 | 26-27 |
      | M | 35-36 | 28-29 |
      | L | 37-39 | 30-32 |

      Women's jackets come in XS-XL.
      """;

  private static Passage page(String text, String url, String title, double score) {
    return new Passage(text, url, title, score, false);
  }

  @Test
  void should_answer_in_whole_sentences_without_see_tails() {
    var c = AnswerComposer.compose("How long does US standard shipping take?", List.of(page(FAQ, "/docs/faq", "FAQ", 0.05)));
    assertTrue(c.text().startsWith("Most orders leave our warehouse"), "the sentence 'then' leans on comes first: " + c.text());
    assertTrue(c.text().contains("3-7 business days"), c.text());
    assertFalse(c.text().contains("See "), c.text());
    assertEquals(List.of(new Citation("/docs/shipping", "Shipping times and costs")), c.citations(),
        "a FAQ answer is backed by the one full page it points to, not cited twice");
  }

  @Test
  void should_cite_only_the_pages_whose_sentences_it_uses() {
    var c = AnswerComposer.compose("what does the women's size chart say?", List.of(
        page(SIZES, "/guides/apparel-sizing", "Apparel sizing guide", 0.05),
        page("Gift cards never expire and have no fees.", "/docs/gift-cards", "Gift cards", 0.04)));
    assertEquals(List.of("/guides/apparel-sizing"), c.citations().stream().map(Citation::url).toList());
  }

  @Test
  void should_show_a_size_chart_as_its_rows_one_per_line() {
    var c = AnswerComposer.compose("whats the womens size chart", List.of(
        page(SIZES, "/guides/apparel-sizing", "Apparel sizing guide", 0.05)));
    assertTrue(c.text().startsWith("Women's sizes:\n"), c.text());
    for (String size : List.of("Size S;", "Size M;", "Size L;")) {
      assertTrue(c.text().contains("\n" + size), size + " in " + c.text());
    }
  }

  @Test
  void should_say_which_page_each_fact_comes_from_when_two_pages_answer() {
    var c = AnswerComposer.compose("do you have gift cards and what is the women's bust size for M", List.of(
        page(SIZES, "/guides/apparel-sizing", "Apparel sizing guide", 0.05),
        page("We sell e-gift cards from $10 to $500.", "/docs/gift-cards", "Gift cards", 0.04)));
    assertEquals(2, c.citations().size(), c.text());
    assertTrue(c.text().contains("From Apparel sizing guide: ") && c.text().contains("From Gift cards: "), c.text());
  }

  @Test
  void should_quote_a_table_row_as_a_sentence_that_names_its_columns() {
    String page = """
        ## How long refunds take
        | Paid with | Refunded to | Time to appear |
        |---|---|---|
        | Visa or Mastercard | Same card | 5-10 business days |
        | PayPal | Your PayPal balance | 3-5 business days |
        """;
    var c = AnswerComposer.compose("how long does a PayPal refund take", List.of(page(page, "/docs/refunds", "Refunds", 0.03)));
    assertTrue(c.text().contains("Paid with PayPal; refunded to: Your PayPal balance; time to appear: 3-5 business days."),
        c.text());
  }

  @Test
  void should_keep_list_items_and_bold_words_readable() {
    var pieces = PageSentences.of("We accept:\n- **PayPal**, including Pay Later;\n- Apple Pay;\n");
    assertEquals(List.of("We accept.", "PayPal, including Pay Later.", "Apple Pay."),
        pieces.stream().map(PageSentences.Piece::text).toList());
  }
}
