package com.shopagent.core.brain.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

  @Test
  void should_find_order_numbers_in_the_formats_customers_type() {
    for (String text : List.of("where is #10283", "order no. 10283 please", "ord-10283", "Order number: 10283",
        "ORDER10283?", "order #10 283", "Order WC-10283 status", "purchase 10283", "order nr.10283", "status of # 10283",
        "order id 10283")) {
      assertEquals(List.of("10283"), OrderNumbers.find(text), text);
    }
  }

  @Test
  void should_take_a_bare_number_only_when_the_message_is_about_an_order_or_is_just_the_number() {
    assertEquals(List.of("10283"), OrderNumbers.find("My order hasn't arrived yet, it's 10283"));
    assertEquals(List.of("10283"), OrderNumbers.find("10283"));
    assertEquals(List.of("10283"), OrderNumbers.find("it's 10283."));
    assertEquals(List.of(), OrderNumbers.find("my zip code is 97702"), "no order talk: a postcode");
    assertEquals(List.of(), OrderNumbers.find("I ordered 3 jackets and 2 pairs of socks"));
    assertEquals(List.of(), OrderNumbers.find("I paid $160 for the order"));
    assertEquals(List.of(), OrderNumbers.find("my refund of 1200 dollars for the order"));
    assertEquals(List.of(), OrderNumbers.find("an order from 2024 never came"), "a year");
    assertEquals(List.of(), OrderNumbers.find("the order of 10283 and 10288"), "two bare numbers: ambiguous");
  }

  @Test
  void should_list_several_cued_numbers_once_each_in_order() {
    assertEquals(List.of("10283", "10288"), OrderNumbers.find("orders #10283 and #10288, and again #10283"));
  }

  @Test
  void should_accept_any_single_number_in_an_answer_to_what_is_your_order_number() {
    assertEquals(List.of("10283"), OrderNumbers.findInAnswer("sure, I think it was 10283 but not 100% sure"));
    assertEquals(List.of(), OrderNumbers.findInAnswer("I don't have it"));
  }
}
