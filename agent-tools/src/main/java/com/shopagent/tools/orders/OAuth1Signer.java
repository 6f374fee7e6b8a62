package com.shopagent.tools.orders;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * OAuth 1.0a "one-legged" request signing as WooCommerce documents it for shops on plain HTTP
 * (RFC 5849 with HMAC-SHA256, no token, parameters in the query string): the consumer secret
 * never travels, only a signature of method, URL, timestamp and a single-use nonce.
 */
final class OAuth1Signer {
  static final String METHOD = "HMAC-SHA256";
  private static final String NONCE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String consumerKey;
  private final String consumerSecret;
  private final Clock clock;
  private final Supplier<String> nonces;

  OAuth1Signer(String consumerKey, String consumerSecret, Clock clock, Supplier<String> nonces) {
    this.consumerKey = consumerKey;
    this.consumerSecret = consumerSecret;
    this.clock = clock;
    this.nonces = nonces;
  }

  OAuth1Signer(String consumerKey, String consumerSecret) {
    this(consumerKey, consumerSecret, Clock.systemUTC(), OAuth1Signer::nonce);
  }

  /** The query string (encoded) that authenticates a request without other query parameters. */
  String signedQuery(String method, URI url) {
    Map<String, String> params = new TreeMap<>();
    params.put("oauth_consumer_key", consumerKey);
    params.put("oauth_nonce", nonces.get());
    params.put("oauth_signature_method", METHOD);
    params.put("oauth_timestamp", Long.toString(clock.instant().getEpochSecond()));
    params.put("oauth_signature", signature(baseString(method, url, params), consumerSecret));
    return params.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Method, normalised URL and sorted, encoded parameters, each encoded and joined by '&'. */
  static String baseString(String method, URI url, Map<String, String> params) {
    String normalized = new TreeMap<>(params.entrySet().stream()
            .collect(Collectors.toMap(e -> encode(e.getKey()), e -> encode(e.getValue()))))
        .entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("&"));
    return method.toUpperCase(Locale.ROOT) + "&" + encode(baseUri(url)) + "&" + encode(normalized);
  }

  /** Scheme and host in lower case, the default port left out, no query or fragment. */
  static String baseUri(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + url.getRawPath();
  }

  /**
   * The key is the consumer secret and an empty token secret: {@code secret&}. WooCommerce
   * appends the secret unencoded; its secrets ({@code cs_} and hex) read the same either way.
   */
  static String signature(String baseString, String consumerSecret) {
    byte[] key = (consumerSecret + "&").getBytes(StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(Hmac.sha256(key, baseString.getBytes(StandardCharsets.UTF_8)));
  }

  /** RFC 3986 percent-encoding: only letters, digits and {@code -._~} stay as they are. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }

  private static String nonce() {
    StringBuilder s = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      s.append(NONCE_CHARS.charAt(RANDOM.nextInt(NONCE_CHARS.length())));
    }
    return s.toString();
  }
}
