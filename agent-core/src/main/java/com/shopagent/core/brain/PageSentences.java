package com.shopagent.core.brain;

import com.shopagent.core.model.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cuts a page's Markdown into the sentences an answer may quote, each with what surrounds it:
 * the section heading (or the FAQ question above it), its paragraph and table, and the pages its
 * paragraph points to. Pointers ("See [Order tracking](/docs/order-tracking).") are dropped: the
 * page they name is cited when its own sentences are used, never as a tail.
 */
final class PageSentences {
  /**
   * @param context the heading or question the sentence answers, for scoring only
   * @param table 0 outside tables, else the table's number on the page (rows are sentences naming their columns)
   * @param dependent it leans on the sentence before ("then", "this", "also"): quoted only after it
   * @param pointsTo site pages its paragraph links to
   * @param source for an answer on a FAQ page that sends the reader to one full page: that page, else null
   */
  record Piece(String text, String context, int paragraph, int table, boolean dependent, Set<String> pointsTo,
      Citation source) {}

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]*)\\)");
  /** "see [X](url)" with what introduces or follows it, as a clause, a parenthesis or a sentence. */
  private static final Pattern POINTER = Pattern.compile("(?i)\\s*[(;,]?\\s*\\b(?:please )?see (?:also |our |the )?"
      + "\\[[^\\]]+\\]\\([^)]*\\)(?:,? (?:and|or) (?:the |our )?\\[[^\\]]+\\]\\([^)]*\\))*(?: (?:for|to|on)\\b[^.;)]*)?\\)?");
  private static final Pattern DEPENDENT = Pattern.compile("(?i)^(then|also|but|however|so|this|that|these|those|it|they|"
      + "otherwise|instead|there|here|both|each|either)\\b|^\\S+(\\s\\S+){0,3}\\s+then\\b");
  /** "(for example 10231)": an aside a short answer does without. */
  private static final Pattern EXAMPLE = Pattern.compile("\\s*\\((for example|e\\.g\\.|such as)[^)]*\\)");
  private static final Pattern ITEM = Pattern.compile("^([-*+]|\\d+\\.)\\s+");

  private PageSentences() {}

  static List<Piece> of(String markdown) {
    List<Piece> out = new ArrayList<>();
    String heading = "";
    String lead = "";
    int paragraph = 0;
    int tables = 0;
    List<String> header = null;
    for (String line : markdown.split("\n")) {
      String t = line.trim();
      if (!t.startsWith("|")) {
        header = null;
      }
      if (t.isEmpty() || t.startsWith("#")) {
        paragraph++;
        lead = "";
        heading = t.startsWith("#") ? plain(t.replaceFirst("^#+\\s*", "")) : heading;
        continue;
      }
      if (t.startsWith("|")) {
        List<String> cells = MarkdownTables.cells(t);
        if (cells.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
          continue;
        }
        if (header == null) {
          header = cells;
          tables++;
          continue;
        }
        out.add(new Piece(plain(MarkdownTables.row(header, cells)), heading, paragraph, tables, false, links(t), null));
        continue;
      }
      if (ITEM.matcher(t).find()) {
        paragraph++;
      }
      String body = ITEM.matcher(t).replaceFirst("").replaceAll("\\*\\*|__", ""); // "**Between sizes?** Choose..." splits
      if (plain(body).endsWith("?")) {
        lead = plain(body); // a FAQ question: what the next lines answer
        continue;
      }
      Set<String> links = links(body);
      List<Citation> named = linked(body);
      Citation source = !lead.isEmpty() && named.size() == 1 ? named.get(0) : null;
      String context = (heading + " " + lead).trim();
      for (String raw : body.split("(?<=[.!?])\\s+(?=[A-Z0-9\"(\\[*])")) {
        String cut = EXAMPLE.matcher(POINTER.matcher(raw).replaceAll("")).replaceAll("");
        String s = plain(cut).replaceAll("[;,:]$", "");
        if (s.endsWith("?")) {
          context = (heading + " " + s).trim(); // "**Lost the email?** The purchaser can ask us..."
        }
        boolean fragment = !cut.equals(raw) && (s.split("\\s+").length < 4 || cut.trim().matches(".*[,:]\\s*\\W*$"))
            || TextMatch.terms(LINK.matcher(cut).replaceAll(" ")).size() < 3 && LINK.matcher(cut).find(); // "Full steps: [Tent care](/guides/tent-care)."
        if (s.length() > 2 && !s.endsWith("?") && !fragment && !s.matches("(?i)^see\\b.*")) {
          String sentence = s.matches(".*[.!?]$") ? s : s + ".";
          out.add(new Piece(sentence, context, paragraph, 0, DEPENDENT.matcher(sentence).find(), links, source));
        }
      }
    }
    return out;
  }

  private static List<Citation> linked(String markdown) {
    List<Citation> out = new ArrayList<>();
    Matcher m = LINK.matcher(markdown);
    while (m.find()) {
      if (m.group(2).startsWith("/")) {
        out.add(new Citation(m.group(2), m.group(1)));
      }
    }
    return out;
  }

  private static Set<String> links(String markdown) {
    return linked(markdown).stream().map(Citation::url).collect(Collectors.toUnmodifiableSet());
  }

  /** Markdown to plain text: link texts kept, emphasis and code marks gone, spaces tidied. */
  static String plain(String markdown) {
    return LINK.matcher(markdown).replaceAll("$1")
        .replaceAll("[*_`|>]", " ")
        .replaceAll("[ \\t]+", " ")
        .replaceAll("\\s+([,;:.!?])", "$1")
        .trim();
  }
}
