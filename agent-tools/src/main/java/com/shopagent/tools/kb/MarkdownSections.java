package com.shopagent.tools.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Splits Markdown on ATX headings ("## Worn items"), remembering the path of headings above. */
final class MarkdownSections {

  record Section(String headingPath, String text) {}

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

  private MarkdownSections() {}

  static List<Section> split(String markdown) {
    List<Section> sections = new ArrayList<>();
    String[] path = new String[6];
    StringBuilder text = new StringBuilder();
    boolean inFence = false;
    for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        inFence = !inFence; // a '#' inside code is a comment, not a heading
      }
      Matcher heading = inFence ? null : HEADING.matcher(line);
      if (heading != null && heading.matches()) {
        addIfNotBlank(sections, path, text);
        int level = heading.group(1).length() - 1;
        path[level] = heading.group(2);
        Arrays.fill(path, level + 1, path.length, null);
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    addIfNotBlank(sections, path, text);
    return sections;
  }

  private static void addIfNotBlank(List<Section> sections, String[] path, StringBuilder text) {
    if (!text.toString().isBlank()) {
      String joined = Arrays.stream(path).filter(Objects::nonNull).collect(Collectors.joining(" > "));
      sections.add(new Section(joined, text.toString().strip()));
    }
  }
}
