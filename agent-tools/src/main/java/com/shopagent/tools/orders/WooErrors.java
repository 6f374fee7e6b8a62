package com.shopagent.tools.orders;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.regex.Pattern;

/** The machine code of a WordPress REST error body ({@code {"code":"rest_no_route",...}}). */
final class WooErrors {
  private static final Pattern SAFE = Pattern.compile("[a-z0-9_]{1,60}");

  private WooErrors() {}

  /** The code when it is a plain identifier, else {@code "-"}: it is logged and audited. */
  static String code(byte[] body) {
    try {
      JsonNode node = OrderJson.MAPPER.readTree(body);
      String code = node == null ? "" : node.path("code").asText("");
      return SAFE.matcher(code).matches() ? code : "-";
    } catch (IOException e) {
      return "-";
    }
  }
}
