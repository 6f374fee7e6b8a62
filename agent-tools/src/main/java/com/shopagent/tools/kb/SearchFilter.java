package com.shopagent.tools.kb;

import java.util.Optional;

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

  public SearchFilter {
    if (productTag != null && productTag.isBlank()) {
      productTag = null;
    }
    if (productTag != null && !productTag.startsWith(PRODUCT_PREFIX)) {
      throw new IllegalArgumentException("a product tag starts with '" + PRODUCT_PREFIX + "': " + productTag);
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
