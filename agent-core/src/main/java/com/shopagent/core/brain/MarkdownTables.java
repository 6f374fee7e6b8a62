package com.shopagent.core.brain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites Markdown table rows as sentences that name their columns, so an extractive answer
 * quotes "Paid with PayPal, refunded to your PayPal balance, 3-5 business days." rather than a
 * row of cells run together.
 */
final class MarkdownTables {
  private MarkdownTables() {}

  static String asSentences(String markdown) {
    StringBuilder out = new StringBuilder();
    List<String> header = List.of();
    boolean inTable = false;
    for (String line : markdown.split("\n", -1)) {
      String t = line.trim();
      if (!t.startsWith("|")) {
        inTable = false;
        out.append(line).append('\n');
        continue;
      }
      List<String> cells = cells(t);
      if (cells.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
        continue; // the |---|---| line under the header
      }
      if (!inTable) {
        inTable = true;
        header = cells;
        continue;
      }
      out.append(row(header, cells)).append('\n');
    }
    return out.toString();
  }

  static String row(List<String> header, List<String> cells) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String label = i < header.size() && i > 0 ? header.get(i).toLowerCase(Locale.ROOT) + ": " : "";
      parts.add(i == 0 && !header.isEmpty() ? header.get(0) + " " + cells.get(0) : label + cells.get(i));
    }
    return String.join("; ", parts) + ".";
  }

  static List<String> cells(String row) {
    String inner = row.replaceAll("^\\|", "").replaceAll("\\|$", "");
    return Arrays.stream(inner.split("\\|")).map(String::trim).toList();
  }
}
