package com.shopagent.tools.orders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of WooCommerce's OAuth 1.0a check, written for the tests from WooCommerce's
 * documentation and its {@code WC_REST_Authentication::check_oauth_signature} steps, without the
 * client's code: keys and values rawurlencoded, sorted by key, each {@code key=value} encoded
 * again and joined with {@code %26}; method, encoded URL and that string joined with {@code &};
 * HMAC with {@code consumer_secret&}; timestamps within 15 minutes; a nonce only once.
 */
final class WooOAuthCheck {
  private final String key;
  private final String secret;
  private final Set<String> nonces = ConcurrentHashMap.newKeySet();

  WooOAuthCheck(String key, String secret) {
    this.key = key;
    this.secret = secret;
  }

  boolean verify(String method, String url, String rawQuery) {
    if (rawQuery == null) {
      return false;
    }
    Map<String, String> params = new TreeMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
    }
    String given = params.remove("oauth_signature");
    long timestamp = Long.parseLong(params.getOrDefault("oauth_timestamp", "0"));
    if (given == null || !key.equals(params.get("oauth_consumer_key"))
        || !"HMAC-SHA256".equals(params.get("oauth_signature_method"))
        || Math.abs(System.currentTimeMillis() / 1000 - timestamp) > 15 * 60
        || !nonces.add(params.getOrDefault("oauth_nonce", ""))) {
      return false;
    }
    return expectedSignature(method, url, params, secret).equals(given);
  }

  static String expectedSignature(String method, String url, Map<String, String> params, String secret) {
    List<String> joined = new ArrayList<>();
    new TreeMap<>(params).forEach((k, v) -> joined.add(rawurlencode(rawurlencode(k) + "=" + rawurlencode(v))));
    String toSign = method + "&" + rawurlencode(url) + "&" + String.join("%26", joined);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** PHP's rawurlencode: everything but letters, digits and -_.~ as %XX. */
  static String rawurlencode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
