package com.shopagent.tools.kb.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.SourceProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A WooCommerce catalogue over the public Store API ({@code /wp-json/wc/store/v1/products}): one
 * page per product with its descriptions, price, stock, categories and attributes, tagged
 * {@code product:<id>} so product-scoped questions find it, and {@code category:<slug>}.
 */
public final class StoreApiSource implements KbSource {

  private final URI site;
  private final HttpFetcher http;

  public StoreApiSource(URI site, Duration timeout) {
    this.site = Sites.root(site);
    this.http = new HttpFetcher(timeout);
  }

  @Override
  public String id() {
    return "woocommerce:" + site;
  }

  @Override
  public MarkdownFolderSource.LoadResult load(FetchListener listener) {
    List<KbDocument> docs = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    for (JsonNode p : RestPager.all(http, site.resolve("wp-json/wc/store/v1/products"), problems, listener)) {
      String link = p.path("permalink").asText("");
      if (link.isEmpty() || !p.path("id").canConvertToLong()) {
        problems.add(new SourceProblem("product " + p.path("name").asText("?"), "has no id or permalink"));
        continue;
      }
      List<String> tags = new ArrayList<>(List.of("product:" + p.path("id").asLong()));
      p.path("categories").forEach(c -> tags.add("category:" + c.path("slug").asText()));
      String title = HtmlText.plain(p.path("name").asText(""));
      docs.add(KbDocument.of(RestPager.path(link), title, tags, false, body(p)));
    }
    return Sites.unique(docs, problems);
  }

  private static String body(JsonNode p) {
    StringBuilder b = new StringBuilder();
    b.append(HtmlText.fragment(p.path("short_description").asText(""))).append("\n\n");
    b.append(HtmlText.fragment(p.path("description").asText(""))).append("\n\n");
    b.append("## Price and availability\n\n").append(price(p.path("prices"), p.path("on_sale").asBoolean())).append("\n\n");
    b.append(p.path("is_in_stock").asBoolean() ? "In stock."
        : p.path("is_on_backorder").asBoolean() ? "On backorder." : "Out of stock.").append("\n\n");
    List<String> details = new ArrayList<>();
    if (!p.path("sku").asText("").isEmpty()) {
      details.add("SKU: " + p.path("sku").asText());
    }
    List<String> categories = new ArrayList<>();
    p.path("categories").forEach(c -> categories.add(HtmlText.plain(c.path("name").asText())));
    if (!categories.isEmpty()) {
      details.add("Categories: " + String.join(", ", categories));
    }
    p.path("attributes").forEach(a -> {
      List<String> terms = new ArrayList<>();
      a.path("terms").forEach(t -> terms.add(HtmlText.plain(t.path("name").asText())));
      details.add(HtmlText.plain(a.path("name").asText()) + ": " + String.join(", ", terms));
    });
    if (!details.isEmpty()) {
      b.append("## Details\n\n").append(String.join("\n\n", details));
    }
    return b.toString().strip();
  }

  /** Store API prices are integers in the currency's minor unit: "2499" with minor unit 2 is 24.99. */
  static String price(JsonNode prices, boolean onSale) {
    String now = amount(prices, prices.path("price").asText(""));
    if (now.isEmpty()) {
      return "Price on request.";
    }
    String currency = prices.path("currency_code").asText("");
    String regular = amount(prices, prices.path("regular_price").asText(""));
    String suffix = currency.isEmpty() ? "" : " (" + currency + ")";
    return onSale && !regular.isEmpty() && !regular.equals(now)
        ? "On sale: " + now + suffix + " instead of " + regular + "."
        : "Price: " + now + suffix + ".";
  }

  private static String amount(JsonNode prices, String minorUnits) {
    if (minorUnits.isEmpty() || !minorUnits.matches("-?\\d+")) {
      return "";
    }
    String plain = new BigDecimal(minorUnits).movePointLeft(prices.path("currency_minor_unit").asInt(2)).toPlainString();
    return prices.path("currency_prefix").asText("")
        + plain.replace(".", prices.path("currency_decimal_separator").asText("."))
        + prices.path("currency_suffix").asText("");
  }
}
