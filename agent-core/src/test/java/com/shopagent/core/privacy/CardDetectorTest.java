package com.shopagent.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardDetectorTest {
  private final CardDetector cards = new CardDetector();

  /** The body plus its Luhn check digit. */
  static String withCheckDigit(String body) {
    for (int d = 0; d <= 9; d++) {
      if (CardDetector.luhn(body + d)) {
        return body + d;
      }
    }
    throw new AssertionError();
  }

  private static String grouped(String digits, String sep) {
    return String.join(sep, digits.split("(?<=\\G\\d{4})"));
  }

  @Test
  void should_find_every_issuer_range_and_length_with_spaces_dashes_or_none() {
    List<String> bodies = List.of(
        "50000000000", // Maestro, 12 digits
        "6759000000000", "676700000000000000", // Maestro 14 and 19
        "18000000000000", "21310000000000", // JCB 15 (1800, 2131)
        "352800000000000", "358900000000000", // JCB 16 (3528-3589)
        "62000000000000000", "621234567890123456", // UnionPay 18 and 19
        "222100000000000", "437512345678901", "37828224631000"); // Mastercard 2-series, Visa, Amex
    for (String body : bodies) {
      String card = withCheckDigit(body);
      for (String sep : List.of("", " ", "-")) {
        String text = "my card is " + grouped(card, sep) + ", thanks";
        assertEquals(1, cards.find(text).size(), text);
      }
    }
  }

  @Test
  void should_keep_order_numbers_unless_a_card_word_says_otherwise() {
    String twelve = withCheckDigit("56123456789");
    assertTrue(cards.find("order " + twelve + " is late").isEmpty(), "a 12-digit number needs a card word");
    assertTrue(cards.find("where is " + twelve + "?").isEmpty(), "a 12-digit number needs a card word");
    assertEquals(1, cards.find("my maestro " + twelve + " was charged twice").size());
    String sixteen = withCheckDigit("411111111111111");
    assertTrue(cards.find("tracking for order number " + sixteen + " please").isEmpty());
    assertEquals(1, cards.find("I paid order 10283 with card " + sixteen).size());
    assertTrue(cards.find("order 00123842 and invoice #37777").isEmpty());
  }
}
