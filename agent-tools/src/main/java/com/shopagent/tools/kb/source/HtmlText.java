package com.shopagent.tools.kb.source;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns HTML into the Markdown-like text the chunker splits: headings become "#" lines, blocks
 * become paragraphs, list items "- " lines. Navigation, scripts and forms are dropped.
 */
final class HtmlText {

  /** @param productId the WooCommerce product a product page shows (from its body classes), or null */
  record Page(String title, String body, String productId) {}

  private static final Pattern POST_ID = Pattern.compile("postid-(\\d+)");

  private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg";
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private HtmlText() {}

  /** A whole page: the main content if the theme marks it, the body otherwise. */
  static Page page(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    String title = firstNonBlank(doc.select("meta[property=og:title]").attr("content"), doc.title(),
        doc.select("h1").text());
    String productId = null;
    if (doc.body() != null && doc.body().hasClass("single-product")) {
      var id = POST_ID.matcher(doc.body().className());
      productId = id.find() ? id.group(1) : null;
    }
    doc.select(NOISE).remove();
    Element main = doc.selectFirst("main, article, [role=main], #content, .entry-content");
    return new Page(title.strip(), markdown(main != null ? main : doc.body()), productId);
  }

  /** A fragment, such as a WordPress "content.rendered" or a product description. */
  static String fragment(String html) {
    Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
    doc.select(NOISE).remove();
    return markdown(doc.body());
  }

  static String plain(String html) {
    return Jsoup.parseBodyFragment(html == null ? "" : html).text();
  }

  private static String markdown(Element root) {
    if (root == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Elements blocks = root.select("h1, h2, h3, h4, h5, h6, p, li, pre, blockquote, td, th, dt, dd");
    Set<Element> written = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : blocks) {
      written.add(e);
      if (e.parents().stream().anyMatch(written::contains)) {
        continue; // its text went out with the block around it
      }
      String text = e.is("pre") ? e.wholeText().strip() : e.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (e.normalName().matches("h[1-6]")) {
        out.append("#".repeat(e.normalName().charAt(1) - '0')).append(' ').append(text).append("\n\n");
      } else if (e.is("li")) {
        out.append("- ").append(text).append('\n');
      } else {
        out.append(text).append("\n\n");
      }
    }
    String text = out.length() > 0 ? out.toString() : root.text();
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
