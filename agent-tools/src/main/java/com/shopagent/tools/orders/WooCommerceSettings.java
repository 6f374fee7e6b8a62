package com.shopagent.tools.orders;

import com.typesafe.config.Config;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code shop-agent.woocommerce}: where orders come from. An empty url means the demo store.
 * The key and secret stay in this record on the backend: {@link #toString()} never prints them.
 *
 * @param url the shop's home URL, e.g. {@code https://shop.example} (no {@code /wp-json})
 * @param requestTimeout one HTTP request's timeout
 * @param retries extra attempts after a timeout, a connection failure, a 429 or a 5xx
 * @param retryBackoff the first pause between attempts; it doubles each time
 * @param allowPlainHttp lets an {@code http://} shop that is not on this machine be used (orders
 *     would cross the network unencrypted; the key itself is protected by OAuth 1.0a signing)
 */
public record WooCommerceSettings(
    String url,
    String consumerKey,
    String consumerSecret,
    String webhookSecret,
    Duration requestTimeout,
    int retries,
    Duration retryBackoff,
    Duration cacheTtl,
    boolean allowPlainHttp,
    Path demoOrders) {

  /** Reads the {@code woocommerce} block of the {@code shop-agent} section. */
  public static WooCommerceSettings from(Config shopAgent, Path home) {
    Config c = shopAgent.getConfig("woocommerce");
    return new WooCommerceSettings(
        c.getString("url").strip().replaceAll("/+$", ""),
        c.getString("key").strip(),
        c.getString("secret").strip(),
        c.getString("webhook-secret"),
        c.getDuration("request-timeout"),
        c.getInt("retries"),
        c.getDuration("retry-backoff"),
        c.getDuration("cache-ttl"),
        c.getBoolean("allow-plain-http"),
        home.resolve(c.getString("demo-orders")).normalize());
  }

  public boolean demo() {
    return url.isBlank();
  }

  public boolean plainHttp() {
    return url.toLowerCase(Locale.ROOT).startsWith("http://");
  }

  /**
   * Fails with a message an operator can act on, without echoing the key or secret.
   *
   * @throws IllegalArgumentException when the shop's url, key or secret cannot work
   */
  public WooCommerceSettings validated() {
    if (demo()) {
      return this;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("shop-agent.woocommerce.url (WOOCOMMERCE_URL) is not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException("WOOCOMMERCE_URL must be an http(s) URL such as https://shop.example, not " + url);
    }
    if (consumerKey.isEmpty() || consumerSecret.isEmpty()) {
      throw new IllegalArgumentException("WOOCOMMERCE_URL is set, so WOOCOMMERCE_KEY and WOOCOMMERCE_SECRET are needed too");
    }
    if (plainHttp() && !allowPlainHttp && !loopback(uri.getHost())) {
      throw new IllegalArgumentException("WOOCOMMERCE_URL uses plain http to another machine: customer orders would"
          + " travel unencrypted. Use https, or set shop-agent.woocommerce.allow-plain-http = true for a test shop");
    }
    if (retries < 0 || requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("shop-agent.woocommerce: retries must be >= 0 and request-timeout positive");
    }
    return this;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "WooCommerceSettings[url=" + (demo() ? "(demo store " + demoOrders + ")" : url)
        + ", key=" + (consumerKey.isEmpty() ? "unset" : "set") + ", secret=" + (consumerSecret.isEmpty() ? "unset" : "set")
        + ", webhookSecret=" + (webhookSecret.isEmpty() ? "unset" : "set") + ", requestTimeout=" + requestTimeout
        + ", retries=" + retries + ", retryBackoff=" + retryBackoff + ", cacheTtl=" + cacheTtl + "]";
  }
}
