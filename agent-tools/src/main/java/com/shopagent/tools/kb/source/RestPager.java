package com.shopagent.tools.kb.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.tools.kb.SourceProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a paged WordPress-style collection (WP REST API, WooCommerce Store API): {@code per_page}
 * and {@code page} parameters, a JSON array per page, the number of pages in X-WP-TotalPages.
 */
final class RestPager {

  static final int PER_PAGE = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private RestPager() {}

  /** All items of the collection at {@code endpoint}; a page that fails ends the collection with a problem. */
  static List<JsonNode> all(HttpFetcher http, URI endpoint, List<SourceProblem> problems, KbSource.FetchListener listener) {
    List<JsonNode> items = new ArrayList<>();
    int totalPages = 1;
    for (int page = 1; page <= totalPages; page++) {
      URI uri = URI.create(endpoint + (endpoint.getQuery() == null ? "?" : "&") + "per_page=" + PER_PAGE + "&page=" + page);
      HttpFetcher.Fetched r = http.get(uri);
      if (!r.ok()) {
        problems.add(new SourceProblem(uri.toString(), r.problem()));
        return items;
      }
      JsonNode array;
      try {
        array = JSON.readTree(r.body());
      } catch (JsonProcessingException e) {
        problems.add(new SourceProblem(uri.toString(), "not JSON: " + e.getOriginalMessage()));
        return items;
      }
      if (array == null || !array.isArray()) {
        problems.add(new SourceProblem(uri.toString(), "expected a JSON array of items"));
        return items;
      }
      array.forEach(items::add);
      // without the header, a short page is the last one
      totalPages = r.header("x-wp-totalpages").map(RestPager::parseIntOrZero)
          .orElse(array.size() < PER_PAGE ? page : page + 1);
      listener.fetched(page, Math.max(page, totalPages), endpoint.getPath());
    }
    return items;
  }

  private static int parseIntOrZero(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The site-relative address of a link, as the demo's pages have: citations add the shop's base URL. */
  static String path(String link) {
    URI uri = URI.create(link);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
