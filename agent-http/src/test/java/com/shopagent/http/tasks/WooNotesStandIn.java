package com.shopagent.http.tasks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WooCommerce's order-notes route as published ({@code POST /wp-json/wc/v3/orders/<id>/notes},
 * 201 with the note), recording what it was sent. OAuth 1.0a query signing is required as on a
 * plain-HTTP shop.
 */
final class WooNotesStandIn implements AutoCloseable {
  record Received(long orderId, String body) {}

  private static final Pattern ROUTE = Pattern.compile("/wp-json/wc/v3/orders/([0-9]+)/notes");
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  WooNotesStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/wp-json/wc/v3/orders/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange ex) throws IOException {
    Matcher m = ROUTE.matcher(ex.getRequestURI().getPath());
    String query = ex.getRequestURI().getRawQuery();
    if (!m.matches() || !ex.getRequestMethod().equals("POST")) {
      reply(ex, 404, "{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}");
      return;
    }
    if (query == null || !query.contains("oauth_signature=")) {
      reply(ex, 401, "{\"code\":\"woocommerce_rest_cannot_create\",\"message\":\"Sorry, you are not allowed to create resources.\",\"data\":{\"status\":401}}");
      return;
    }
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    long orderId = Long.parseLong(m.group(1));
    received.add(new Received(orderId, body));
    int id = 280 + received.size();
    reply(ex, 201, "{\"id\":" + id + ",\"author\":\"system\",\"date_created\":\"2017-03-21T16:46:41\","
        + "\"date_created_gmt\":\"2017-03-21T19:46:41\",\"note\":\"(stored)\",\"customer_note\":false,"
        + "\"_links\":{\"self\":[{\"href\":\"" + url() + "/wp-json/wc/v3/orders/" + orderId + "/notes/" + id + "\"}]}}");
  }

  private static void reply(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
