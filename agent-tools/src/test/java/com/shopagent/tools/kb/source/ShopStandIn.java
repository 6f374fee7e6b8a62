package com.shopagent.tools.kb.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for a WordPress + WooCommerce shop: collections in the published shapes of the
 * WP REST API (pages, posts) and the Store API (products), paged with X-WP-Total and
 * X-WP-TotalPages, plus plain pages, robots.txt and a sitemap. It serves at most PAGE_SIZE items
 * per page whatever per_page asks, so a small fixture still spans several pages.
 */
final class ShopStandIn implements AutoCloseable {

  static final int PAGE_SIZE = 2;
  private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

  private final HttpServer server;
  /** path → JSON array items (collections) or a whole body (other paths); replace to change the shop. */
  final Map<String, List<String>> collections = new ConcurrentHashMap<>();
  final Map<String, String> files = new ConcurrentHashMap<>();
  final Map<String, Integer> failures = new ConcurrentHashMap<>();
  /** path → Location of a 302 */
  final Map<String, String> redirects = new ConcurrentHashMap<>();

  ShopStandIn() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    Integer failure = failures.get(path);
    if (failure != null) {
      send(ex, failure, "text/plain", "failure");
    } else if (redirects.containsKey(path)) {
      ex.getResponseHeaders().add("Location", redirects.get(path));
      send(ex, 302, "text/html", "<html><body>Moved</body></html>");
    } else if (collections.containsKey(path)) {
      List<String> items = collections.get(path);
      String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
      Matcher m = PAGE.matcher(query);
      int page = m.find() ? Integer.parseInt(m.group(1)) : 1;
      int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
      if (page > pages) {
        send(ex, 400, "application/json", "{\"code\":\"rest_post_invalid_page_number\",\"message\":\"The page number "
            + "requested is larger than the number of pages available.\",\"data\":{\"status\":400}}");
        return;
      }
      List<String> slice = items.subList((page - 1) * PAGE_SIZE, Math.min(items.size(), page * PAGE_SIZE));
      ex.getResponseHeaders().add("X-WP-Total", Integer.toString(items.size()));
      ex.getResponseHeaders().add("X-WP-TotalPages", Integer.toString(pages));
      send(ex, 200, "application/json; charset=UTF-8", "[" + String.join(",", slice) + "]");
    } else if (files.containsKey(path)) {
      String body = files.get(path);
      String type = path.endsWith(".xml") ? "application/xml" : path.endsWith(".txt") ? "text/plain" : "text/html; charset=UTF-8";
      send(ex, 200, type, body);
    } else {
      send(ex, 404, "text/html", "<html><body>Not found</body></html>");
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (var out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A page or post as GET /wp-json/wp/v2/pages returns it (view context). */
  String wpItem(int id, String type, String slug, String title, String contentHtml, boolean isProtected) {
    String link = base() + slug + "/";
    return """
        {"id":%d,"date":"2024-05-01T10:00:00","date_gmt":"2024-05-01T08:00:00","guid":{"rendered":"%s?page_id=%d"},
         "modified":"2024-06-01T10:00:00","modified_gmt":"2024-06-01T08:00:00","slug":"%s","status":"publish",
         "type":"%s","link":"%s","title":{"rendered":"%s"},
         "content":{"rendered":"%s","protected":%b},"excerpt":{"rendered":"","protected":%b},
         "author":1,"featured_media":0,"parent":0,"menu_order":0,"comment_status":"closed","ping_status":"closed",
         "template":"","meta":[],"_links":{"self":[{"href":"%swp-json/wp/v2/%ss/%d"}]}}"""
        .formatted(id, base(), id, slug, type, link, title, contentHtml.replace("\"", "\\\""), isProtected,
            isProtected, base(), type, id);
  }

  /** A product as GET /wp-json/wc/store/v1/products returns it. */
  String product(int id, String slug, String name, String descriptionHtml, String price, String regular, boolean inStock,
      String categorySlug, String categoryName) {
    return """
        {"id":%d,"name":"%s","slug":"%s","parent":0,"type":"simple","variation":"","permalink":"%sproduct/%s/",
         "sku":"SKU-%d","short_description":"<p>%s, ready to ship.</p>","description":"%s","on_sale":%b,
         "prices":{"price":"%s","regular_price":"%s","sale_price":"%s","price_range":null,"currency_code":"EUR",
           "currency_symbol":"€","currency_minor_unit":2,"currency_decimal_separator":",",
           "currency_thousand_separator":".","currency_prefix":"€","currency_suffix":""},
         "price_html":"","average_rating":"4.50","review_count":2,"images":[],
         "categories":[{"id":15,"name":"%s","slug":"%s","link":"%sproduct-category/%s/"}],"tags":[],
         "brands":[],"attributes":[{"id":1,"name":"Colour","taxonomy":"pa_colour","has_variations":false,
           "terms":[{"id":30,"name":"Blue","slug":"blue"}]}],"variations":[],"grouped_products":[],"has_options":false,
         "is_purchasable":true,"is_in_stock":%b,"is_on_backorder":false,"low_stock_remaining":null,
         "stock_availability":{"text":"","class":"in-stock"},"sold_individually":false,
         "add_to_cart":{"text":"Add to cart","description":"Add to your cart","url":"?add-to-cart=%d","single_text":"Add to cart",
           "minimum":1,"maximum":9999,"multiple_of":1},"extensions":{}}"""
        .formatted(id, name, slug, base(), slug, id, name, descriptionHtml.replace("\"", "\\\""), !price.equals(regular),
            price, regular, price, categoryName, categorySlug, base(), categorySlug, inStock, id);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
