package com.shopagent.core.brain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Markdown table rows as sentences that name their columns, so an extractive answer quotes
 * "Paid with PayPal; refunded to: your PayPal balance; time: 3-5 business days." rather than a
 * row of cells run together (PageSentences reads the tables).
 */
final class MarkdownTables {
  private MarkdownTables() {}

  static String row(List<String> header, List<String> cells) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String label = i < header.size() && i > 0 ? header.get(i).toLowerCase(Locale.ROOT) + ": " : "";
      parts.add(i == 0 && !header.isEmpty() ? header.get(0) + " " + cells.get(0) : label + cells.get(i));
    }
    return String.join("; ", parts).replaceAll("[.;\\s]+$", "") + ".";
  }

  static List<String> cells(String row) {
    String inner = row.replaceAll("^\\|", "").replaceAll("\\|$", "");
    return Arrays.stream(inner.split("\\|")).map(String::trim).toList();
  }
}
