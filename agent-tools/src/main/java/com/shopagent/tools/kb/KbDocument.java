package com.shopagent.tools.kb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One page of the shop's public knowledge: a doc, a policy, a product page.
 *
 * @param url the page's address, also its identity in the index
 * @param tags e.g. "product:1042", "shipping"; a "product:" tag scopes the page to that product
 * @param policy true for pages the agent must cite on returns/warranty questions
 * @param body Markdown without front matter
 * @param contentHash changes whenever anything indexed changes; unchanged pages are not re-embedded
 */
public record KbDocument(
    String url, String title, List<String> tags, boolean policy, String body, String contentHash) {

  public KbDocument {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contentHash, "contentHash");
    tags = List.copyOf(tags);
  }

  /** Builds a document whose hash covers every field, for sources that have no hash of their own. */
  public static KbDocument of(String url, String title, List<String> tags, boolean policy, String body) {
    String material = String.join("\u0000", url, title, String.join(",", tags), Boolean.toString(policy), body);
    return new KbDocument(url, title, tags, policy, body, sha256(material));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
