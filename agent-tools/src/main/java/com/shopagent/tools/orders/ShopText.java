package com.shopagent.tools.orders;

import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Cleans text the shop typed (product names, shipping method titles, carriers) before it reaches
 * a customer or a model: WooCommerce returns names with HTML entities ("Ship Your Idea &amp;ndash;
 * Color: Black"), and a name must not smuggle markup, control characters or a page of text.
 */
final class ShopText {
  static final int MAX_LENGTH = 120;
  private static final Pattern TAGS = Pattern.compile("<[^>]{0,200}>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ShopText() {}

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = StringEscapeUtils.unescapeHtml4(TAGS.matcher(raw).replaceAll(" "));
    text = SPACES.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
  }
}
