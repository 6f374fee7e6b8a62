package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a customer reads about their order, built from WooCommerce's documented order shape. */
class OrderSummaryTest {

  private static Order order(String status) throws IOException {
    return OrderJson.parse(OrderFixtures.variant(10283, 101, "a@example.com", status));
  }

  @Test
  void should_say_shipped_with_carrier_masked_tracking_and_eta_when_the_meta_has_them() throws IOException {
    Order shipped = OrderJson.parse(OrderFixtures.withTracking(
        OrderFixtures.variant(10283, 101, "a@example.com", "shipped"), "usps", "9400111899223344556677", "2025-03-09"));

    String text = OrderSummary.describe(shipped, "10283");

    assertTrue(text.startsWith("Your order ending in 0283 is Shipped via USPS (tracking 9400…6677). ETA: Mar 9."), text);
    assertTrue(text.contains("Items: 2 × Woo Single #1, 1 × Ship Your Idea – Color: Black, Size: M Test."), text);
    assertTrue(text.endsWith("Shipping method: Flat Rate."), text);
    assertFalse(text.contains("10283") || text.contains("9400111899223344556677"), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pending|Pending payment (we haven't received the payment yet)",
      "processing|Processing (paid and being prepared for shipping)",
      "on-hold|On hold (waiting for a payment confirmation or a check by our team)",
      "completed|Completed (the shop has fulfilled it)",
      "cancelled|Cancelled",
      "refunded|Refunded",
      "failed|Failed (the payment did not go through)",
      "checkout-draft|Not placed yet (the checkout was not finished)",
      "trash|No longer active",
      "shipped|Shipped",
      "wc-ready-to-ship|Ready to ship",
      "awaiting_pickup|Awaiting pickup",
      "%%%|In progress"})
  void should_put_every_status_in_plain_words(String status, String words) throws IOException {
    assertTrue(OrderSummary.describe(order(status), "10283").startsWith("Your order ending in 0283 is " + words + "."),
        OrderSummary.describe(order(status), "10283"));
  }

  @Test
  void should_leave_out_the_eta_when_the_order_is_finished() throws IOException {
    Order done = OrderJson.parse(OrderFixtures.withTracking(
        OrderFixtures.variant(10231, 101, "a@example.com", "completed"), "ups", "1Z8F4W720312345678", "2025-01-10"));

    String text = OrderSummary.describe(done, "10231");

    assertTrue(text.startsWith("Your order ending in 0231 is Completed (the shop has fulfilled it); it was sent via UPS"
        + " (tracking 1Z8F…5678)."), text);
    assertFalse(text.contains("ETA"), text);
  }

  @Test
  void should_mask_short_and_long_numbers_sensibly() {
    assertEquals("…727", OrderSummary.maskedRef("727"));
    assertEquals("…0283", OrderSummary.maskedRef("10283"));
    assertEquals("…2345", OrderSummary.maskTracking("AB12345"));
    assertEquals("LZ51…01US", OrderSummary.maskTracking("LZ512345901US"));
    assertEquals("1234", OrderSummary.maskTracking("1234"));
  }

  @Test
  void should_list_five_items_and_count_the_rest_when_the_order_is_long() {
    List<Order.LineItem> items = List.of(new Order.LineItem("A", 1), new Order.LineItem("B", 1), new Order.LineItem("C", 1),
        new Order.LineItem("D", 1), new Order.LineItem("E", 1), new Order.LineItem("F", 1), new Order.LineItem("G", 2));
    Order big = new Order(5, "5", "processing", 1, "", items, List.of(), List.of(), LocalDate.of(2025, 3, 9));

    String text = OrderSummary.describe(big, "5");

    assertTrue(text.contains("Items: 1 × A, 1 × B, 1 × C, 1 × D, 1 × E and 2 more."), text);
    assertTrue(text.contains("ETA: Mar 9."), text);
  }

  @Test
  void should_strip_markup_and_control_characters_from_shop_text() {
    assertEquals("Tent – green", ShopText.clean("<b>Tent</b> &ndash;\u0007 green"));
    assertEquals(ShopText.MAX_LENGTH, ShopText.clean("x".repeat(500)).length());
  }
}
