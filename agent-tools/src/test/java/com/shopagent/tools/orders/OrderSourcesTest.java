package com.shopagent.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigResolveOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped config/agent.conf block, read the way the server reads it. */
class OrderSourcesTest {
  private final Path home = OrderFixtures.demoOrders().getParent().getParent().getParent().getParent();
  private final Config shipped = ConfigFactory.parseFile(home.resolve("config/agent.conf").toFile())
      .resolve(ConfigResolveOptions.noSystem()).getConfig("shop-agent");

  @Test
  void should_open_the_demo_store_behind_a_five_minute_cache_when_no_shop_url_is_set() {
    WooCommerceSettings settings = WooCommerceSettings.from(shipped, home);

    CachedOrderSource orders = OrderSources.open(settings);

    assertTrue(settings.demo());
    assertEquals(Duration.ofMinutes(5), settings.cacheTtl());
    assertEquals(Duration.ofSeconds(2), settings.requestTimeout());
    assertEquals(2, settings.retries());
    assertEquals(101, orders.find(10231, Duration.ofSeconds(1)).orElseThrow().customerId());
  }

  @Test
  void should_refuse_to_start_with_a_shop_url_but_no_key_and_say_which_variable() {
    Config withUrl = ConfigFactory.parseMap(Map.of("woocommerce.url", "https://shop.example/")).withFallback(shipped);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OrderSources.open(WooCommerceSettings.from(withUrl, home)));

    assertTrue(e.getMessage().contains("WOOCOMMERCE_KEY"), e.getMessage());
  }
}
