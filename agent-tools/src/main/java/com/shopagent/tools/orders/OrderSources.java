package com.shopagent.tools.orders;

/** Picks the order source the settings ask for and puts the lookup cache in front of it. */
public final class OrderSources {
  private OrderSources() {}

  /**
   * The demo store when {@code shop-agent.woocommerce.url} is empty, else the shop's REST API.
   *
   * @throws IllegalArgumentException when the WooCommerce settings cannot work (message says why)
   * @throws java.io.UncheckedIOException when the demo orders cannot be read
   */
  public static CachedOrderSource open(WooCommerceSettings settings) {
    WooCommerceSettings checked = settings.validated();
    OrderSource source = checked.demo()
        ? DemoOrderStore.load(checked.demoOrders())
        : new WooCommerceClient(checked);
    return new CachedOrderSource(source, checked.cacheTtl());
  }
}
