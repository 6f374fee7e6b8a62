package com.shopagent.core.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rules file: one rule a line, {@code category TAB weight TAB regex}; {@code #} comments.
 * The shipped rules are {@code prompt-guard.rules} beside this class: versioned policy, not code.
 */
final class GuardRules {
  static final String DEFAULT_RESOURCE = "prompt-guard.rules";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

  private GuardRules() {}

  static List<GuardRule> defaults() {
    try (InputStream in = GuardRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
      }
      return parse(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<GuardRule> parse(InputStream in, String source) throws IOException {
    List<GuardRule> rules = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected category<TAB>weight<TAB>regex");
      }
      try {
        rules.add(new GuardRule(parts[0], Double.parseDouble(parts[1]), Pattern.compile(parts[2], FLAGS), lineNo));
      } catch (NumberFormatException | PatternSyntaxException e) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rules);
  }
}
