package com.shopagent.tools.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** YAML front matter between the first two "---" lines of a Markdown page. */
record FrontMatter(String title, String url, List<String> tags, boolean policy, String body) {

  private static final YAMLMapper YAML = new YAMLMapper();

  /** Why a page was rejected; the message is shown to whoever maintains the docs. */
  static final class InvalidException extends Exception {
    InvalidException(String reason) {
      super(reason, null, false, false);
    }
  }

  static FrontMatter parse(String text) throws InvalidException {
    String normalized = text.replace("\uFEFF", "").replace("\r\n", "\n");
    List<String> lines = Arrays.asList(normalized.split("\n", -1));
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new InvalidException("no front matter: the file must start with a '---' line");
    }
    int close = -1;
    for (int i = 1; i < lines.size() && close < 0; i++) {
      if (lines.get(i).strip().equals("---")) {
        close = i;
      }
    }
    if (close < 0) {
      throw new InvalidException("front matter is not closed by a second '---' line");
    }
    JsonNode yaml = readYaml(String.join("\n", lines.subList(1, close)));
    String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
    return new FrontMatter(
        requiredText(yaml, "title"), optionalText(yaml, "url"), tags(yaml), policy(yaml), body);
  }

  private static JsonNode readYaml(String yaml) throws InvalidException {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidException("front matter is not valid YAML: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidException("front matter is not a YAML mapping of keys to values");
    }
    return node;
  }

  private static String requiredText(JsonNode yaml, String key) throws InvalidException {
    String value = optionalText(yaml, key);
    if (value == null) {
      throw new InvalidException("front matter has no '" + key + "'");
    }
    return value;
  }

  private static String optionalText(JsonNode yaml, String key) throws InvalidException {
    JsonNode node = yaml.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode() || node.asText().isBlank()) {
      throw new InvalidException("'" + key + "' must be a non-empty text");
    }
    return node.asText().strip();
  }

  // A list is the documented form; "a, b" is accepted because people write it that way.
  private static List<String> tags(JsonNode yaml) throws InvalidException {
    JsonNode node = yaml.get("tags");
    List<String> tags = new ArrayList<>();
    if (node == null || node.isNull()) {
      return tags;
    }
    if (node.isTextual()) {
      Arrays.stream(node.asText().split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
      return tags;
    }
    if (!node.isArray()) {
      throw new InvalidException("'tags' must be a list of texts");
    }
    for (JsonNode tag : node) {
      if (!tag.isValueNode() || tag.asText().isBlank()) {
        throw new InvalidException("'tags' must be a list of texts");
      }
      tags.add(tag.asText().strip());
    }
    return tags;
  }

  private static boolean policy(JsonNode yaml) throws InvalidException {
    JsonNode node = yaml.get("policy");
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text = node.asText().strip().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("yes")) {
      return true;
    }
    if (text.equals("false") || text.equals("no")) {
      return false;
    }
    throw new InvalidException("'policy' must be true or false");
  }
}
