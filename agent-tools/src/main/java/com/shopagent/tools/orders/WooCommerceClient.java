package com.shopagent.tools.orders;

import com.shopagent.tools.orders.OrderSourceException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads orders from a shop's WooCommerce REST API v3 ({@code GET /wp-json/wc/v3/orders/{id}})
 * with the backend's read-only key: HTTP Basic auth over HTTPS, OAuth 1.0a signing over plain
 * HTTP. Timeouts, connection failures, 429 and 5xx are retried with doubling pauses while the
 * caller's budget allows; 401, 403 and 404 are answers, not retried. Blocks: run it on an
 * executor meant for blocking work.
 */
public final class WooCommerceClient implements OrderSource {
  private static final Logger log = LoggerFactory.getLogger(WooCommerceClient.class);
  /** A retry is only worth starting when it still has this long to get an answer. */
  static final Duration MIN_ATTEMPT = Duration.ofMillis(150);

  private final WooCommerceSettings settings;
  private final HttpClient http;
  private final OAuth1Signer signer;

  public WooCommerceClient(WooCommerceSettings settings) {
    this(settings, HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build(),
        new OAuth1Signer(settings.consumerKey(), settings.consumerSecret()));
  }

  /** For tests: an HTTP client that trusts a local certificate, a signer with a fixed clock. */
  WooCommerceClient(WooCommerceSettings settings, HttpClient http, OAuth1Signer signer) {
    this.settings = settings.validated();
    this.http = http;
    this.signer = signer;
  }

  @Override
  public Optional<Order> find(long orderId, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    Duration pause = settings.retryBackoff();
    for (int attempt = 0; ; attempt++) {
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      try {
        return once(orderId, left.compareTo(settings.requestTimeout()) < 0 ? left : settings.requestTimeout());
      } catch (OrderSourceException e) {
        Duration leftAfterPause = Duration.ofNanos(deadline - System.nanoTime()).minus(pause);
        if (!e.retryable() || attempt >= settings.retries() || leftAfterPause.compareTo(MIN_ATTEMPT) < 0) {
          throw e;
        }
        log.info("WooCommerce order lookup failed ({}), retrying in {} ms", e.getMessage(), pause.toMillis());
        pause(pause);
        pause = pause.multipliedBy(2);
      }
    }
  }

  private Optional<Order> once(long orderId, Duration timeout) {
    HttpResponse<byte[]> response = send(request(orderId, timeout), timeout);
    int status = response.statusCode();
    if (status == 200) {
      return Optional.of(order(orderId, response.body()));
    }
    String code = WooErrors.code(response.body());
    if (status == 404 && !code.equals("rest_no_route")) {
      return Optional.empty();
    }
    if (status == 404) {
      throw problem(Kind.BAD_RESPONSE, "the shop has no WooCommerce REST API v3 route (404 rest_no_route)");
    }
    if (status == 401 || status == 403) {
      throw problem(Kind.REJECTED, "WooCommerce refused our API key (" + status + " " + code + ")");
    }
    if (status == 429 || status >= 500) {
      throw new OrderSourceException(Kind.SERVER_ERROR, "WooCommerce answered " + status);
    }
    throw problem(Kind.BAD_RESPONSE, "WooCommerce answered " + status + " " + code);
  }

  /**
   * The email on customer {@code customerId}'s account ({@code GET /customers/{id}}, one try):
   * where {@code send_email} writes. Empty when the shop has no such customer or no address.
   */
  Optional<String> accountEmail(long customerId) {
    HttpResponse<byte[]> r = send(request("customers/" + customerId, settings.requestTimeout()), settings.requestTimeout());
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    if (r.statusCode() != 200) {
      throw problem(Kind.BAD_RESPONSE, "WooCommerce answered " + r.statusCode() + " for a customer");
    }
    try {
      String email = OrderJson.MAPPER.readTree(r.body()).path("email").asText("");
      return email.isBlank() ? Optional.empty() : Optional.of(email);
    } catch (IOException e) {
      throw problem(Kind.BAD_RESPONSE, "WooCommerce sent a customer we cannot read");
    }
  }

  private HttpRequest request(long orderId, Duration timeout) {
    return request("orders/" + orderId, timeout);
  }

  private HttpRequest request(String path, Duration timeout) {
    URI uri = URI.create(settings.url() + "/wp-json/wc/v3/" + path);
    HttpRequest.Builder b = HttpRequest.newBuilder().GET().timeout(timeout).header("Accept", "application/json");
    if (settings.plainHttp()) {
      return b.uri(URI.create(uri + "?" + signer.signedQuery("GET", uri))).build();
    }
    String pair = settings.consumerKey() + ":" + settings.consumerSecret();
    return b.uri(uri)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  /** One exchange, body included, within {@code timeout}. */
  private HttpResponse<byte[]> send(HttpRequest request, Duration timeout) {
    CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    try {
      return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new OrderSourceException(Kind.UNREACHABLE, "WooCommerce did not answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      String what = e.getCause() instanceof java.net.http.HttpTimeoutException ? "timed out" : "failed";
      throw new OrderSourceException(Kind.UNREACHABLE, "the connection to WooCommerce " + what
          + " (" + e.getCause().getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new OrderSourceException(Kind.UNREACHABLE, "interrupted while waiting for WooCommerce");
    }
  }

  private static Order order(long requested, byte[] body) {
    try {
      Order order = OrderJson.parse(body);
      if (order.id() != requested) {
        throw new IOException("asked for one order, got another");
      }
      return order;
    } catch (IOException e) {
      throw problem(Kind.BAD_RESPONSE, "WooCommerce sent an order we cannot read: " + e.getMessage());
    }
  }

  private static OrderSourceException problem(Kind kind, String message) {
    log.warn("WooCommerce order lookup: {}", message);
    return new OrderSourceException(kind, message);
  }

  /** The pause runs on the caller's blocking executor, never on an actor or route thread. */
  private static void pause(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OrderSourceException(Kind.UNREACHABLE, "interrupted while waiting to retry");
    }
  }
}
