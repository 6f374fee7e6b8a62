package com.shopagent.tools.orders;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A local stand-in for a shop's WooCommerce REST API v3: {@code GET /wp-json/wc/v3/orders/{id}}
 * with the documented JSON bodies and error shapes, checking credentials the way WooCommerce
 * does (Basic auth over HTTPS; OAuth 1.0a signature over HTTP, see {@link WooOAuthCheck}).
 */
final class WooCommerceStandIn implements AutoCloseable {
  static final String KEY = "ck_standin_key";
  static final String SECRET = "cs_standin_secret";
  static {
    // answer at once instead of waiting for the client's delayed ACK (about 40 ms per request on loopback)
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final Pattern ORDER_PATH = Pattern.compile("/wp-json/wc/v3/orders/([0-9]+)");

  /** A scripted answer, used before the stand-in's normal behaviour; {@code hang}: never answer. */
  record Reply(int code, String body, boolean hangs) {
    static Reply error(int status, String errorCode) {
      return new Reply(status, "{\"code\":\"" + errorCode + "\",\"message\":\"scripted\",\"data\":{\"status\":" + status + "}}", false);
    }

    static Reply hang() {
      return new Reply(0, "", true);
    }
  }

  record Seen(String path, String query, String authorization) {}

  final List<Seen> requests = new CopyOnWriteArrayList<>();
  private final Map<Long, String> orders = new ConcurrentHashMap<>();
  private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpServer server;
  private final boolean tls;
  private final WooOAuthCheck oauth;

  private WooCommerceStandIn(HttpServer server, boolean tls) {
    this.server = server;
    this.tls = tls;
    this.oauth = new WooOAuthCheck(KEY, SECRET);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  static WooCommerceStandIn http() throws IOException {
    return new WooCommerceStandIn(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), false);
  }

  static WooCommerceStandIn https(SSLContext context) throws IOException {
    HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    return new WooCommerceStandIn(server, true);
  }

  String url() {
    return (tls ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
  }

  WooCommerceStandIn put(long id, String orderJson) {
    orders.put(id, orderJson);
    return this;
  }

  WooCommerceStandIn then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  private void handle(HttpExchange ex) throws IOException {
    String query = ex.getRequestURI().getRawQuery();
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    requests.add(new Seen(ex.getRequestURI().getPath(), query, auth));
    Matcher m = ORDER_PATH.matcher(ex.getRequestURI().getPath());
    if (!"GET".equals(ex.getRequestMethod()) || !m.matches()) {
      send(ex, 404, "{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}");
      return;
    }
    if (!authenticated(ex, query, auth)) {
      send(ex, 401, "{\"code\":\"woocommerce_rest_authentication_error\",\"message\":\"Invalid signature - provided signature does not match.\",\"data\":{\"status\":401}}");
      return;
    }
    Reply scripted = script.poll();
    if (scripted != null && scripted.hangs()) {
      awaitClose();
      ex.close();
      return;
    }
    if (scripted != null) {
      send(ex, scripted.code(), scripted.body());
      return;
    }
    String order = orders.get(Long.parseLong(m.group(1)));
    if (order == null) {
      send(ex, 404, "{\"code\":\"woocommerce_rest_shop_order_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":404}}");
    } else {
      send(ex, 200, order);
    }
  }

  private boolean authenticated(HttpExchange ex, String query, String auth) {
    if (tls) {
      String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
      return expected.equals(auth);
    }
    // over plain HTTP the key must not travel in a header, only the signed query
    return auth == null && oauth.verify("GET", url() + ex.getRequestURI().getPath(), query);
  }

  private void awaitClose() {
    try {
      closing.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
