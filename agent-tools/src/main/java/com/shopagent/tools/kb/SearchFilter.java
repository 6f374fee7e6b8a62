package com.shopagent.tools.kb;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Narrows a search.
 *
 * @param productTag e.g. "product:1042": only that product's pages and general pages (no product
 *     tag) are searched, that product's first; null for no product context
 * @param needPolicy at least one policy passage must be in the results (returns, warranty...)
 */
public record SearchFilter(String productTag, boolean needPolicy) {

  public static final String PRODUCT_PREFIX = "product:";
  public static final SearchFilter NONE = new SearchFilter(null, false);
  private static final Pattern VALID_TAG = Pattern.compile("product:[A-Za-z0-9_-]{1,64}");

  public SearchFilter {
    if (productTag != null && productTag.isBlank()) {
      productTag = null;
    }
    if (productTag != null && !VALID_TAG.matcher(productTag).matches()) {
      // the tag reaches SQL and regular expressions in the stores: letters, digits, '-' and '_' only
      throw new IllegalArgumentException("a product is 'product:' followed by letters, digits, '-' or '_'");
    }
  }

  /** Accepts "1042" as well as "product:1042", as both reach us from callers. */
  public static SearchFilter of(String product, boolean needPolicy) {
    if (product == null || product.isBlank()) {
      return new SearchFilter(null, needPolicy);
    }
    String tag = product.strip();
    return new SearchFilter(tag.startsWith(PRODUCT_PREFIX) ? tag : PRODUCT_PREFIX + tag, needPolicy);
  }

  public Optional<String> product() {
    return Optional.ofNullable(productTag);
  }
}
