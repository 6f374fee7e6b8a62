package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo shop's orders (config/demo/orders/orders.json) through the same parser as the API. */
class DemoOrderStoreTest {
  private static final Duration ANY = Duration.ofSeconds(1);
  private final DemoOrderStore store = DemoOrderStore.load(OrderFixtures.demoOrders());

  @Test
  void should_load_every_demo_order_with_its_owner_when_read_from_the_repository() {
    assertEquals(16, store.size());
    Order jacket = store.find(10231, ANY).orElseThrow();
    assertEquals(101, jacket.customerId(), "alice is WordPress user 101");
    assertEquals("alice@example.com", jacket.billingEmail());
    assertEquals("completed", jacket.status());
    assertEquals(0, store.find(10250, ANY).orElseThrow().customerId(), "Jordan Ellis checked out as a guest");
  }

  @Test
  void should_read_tracking_and_eta_from_the_shipment_meta() {
    Order pack = store.find(10288, ANY).orElseThrow();

    assertEquals(List.of(new Order.Shipment("USPS", "9400111899223344556677")), pack.shipments());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 11)), pack.eta());
    assertEquals(List.of("Free Standard Shipping (3-7 business days)"), pack.shippingMethods());
    assertTrue(store.find(10294, ANY).orElseThrow().shipments().isEmpty(), "local pickup has no parcel");
  }

  @Test
  void should_know_nothing_of_refund_ids_or_unknown_numbers() {
    assertEquals(Optional.empty(), store.find(10264, ANY), "10264 is a refund record, not an order");
    assertEquals(Optional.empty(), store.find(1, ANY));
  }

  @Test
  void should_say_which_file_is_wrong_when_it_is_not_an_order_list(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("orders.json"), "{\"id\": 1}");

    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> DemoOrderStore.load(bad));

    assertTrue(e.getMessage().contains("orders.json"), e.getMessage());
  }
}
