package com.shopagent.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = new Redactor(new Hashing("k"));

  private String redact(String text) {
    return redactor.redact(text, PiiTokens.EMPTY).text();
  }

  @Test
  void should_replace_emails_phones_and_cards_but_keep_order_numbers() {
    assertEquals("mail <EMAIL_1> or <EMAIL_2>", redact("mail Jane.Doe@Example.com or bob@shop.co.uk"));
    assertEquals("call <PHONE_1> today", redact("call +1 503 555 0142 today"));
    assertEquals("call <PHONE_1>", redact("call (503) 555-0142"));
    assertEquals("card <CARD_1>", redact("card 4111 1111 1111 1111"));
    assertEquals("where is order 00123842", redact("where is order 00123842"));
    assertEquals("order #10283 placed 2025-03-01", redact("order #10283 placed 2025-03-01"));
  }

  @Test
  void should_give_the_same_value_the_same_token_across_turns() {
    Redaction first = redactor.redact("I'm jane@example.com", PiiTokens.EMPTY);
    PiiTokens known = PiiTokens.EMPTY.plus(first.newTokens());
    Redaction second = redactor.redact("again JANE@example.com, and ann@example.com", known);
    assertEquals("again <EMAIL_1>, and <EMAIL_2>", second.text());
    assertFalse(known.byFingerprint().toString().contains("jane"), "only fingerprints are kept");
  }
}
