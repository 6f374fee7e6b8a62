package com.shopagent.core.brain.llm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The LLM brain's prompts, read from versioned files (config/prompts/*.md) so they are reviewed
 * like code and changed without a build. {@code {{shop_name}}} and {@code {{contact_route}}} are
 * filled in at load time.
 */
public record PromptLibrary(String system, String writer) {

  public static PromptLibrary load(Path dir, Map<String, String> values) throws IOException {
    return new PromptLibrary(read(dir.resolve("system.md"), values), read(dir.resolve("writer.md"), values));
  }

  private static String read(Path file, Map<String, String> values) throws IOException {
    String text = Files.readString(file);
    for (Map.Entry<String, String> v : values.entrySet()) {
      text = text.replace("{{" + v.getKey() + "}}", v.getValue());
    }
    return text;
  }
}
