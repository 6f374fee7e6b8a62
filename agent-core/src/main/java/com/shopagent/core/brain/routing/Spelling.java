package com.shopagent.core.brain.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Fixes the typos customers make in the words routing depends on ("cancfel", "paymnet",
 * "tocancel"): a word the vocabulary does not know is split into two known words, or replaced by
 * the nearest known word within a small edit distance. Only the router's copy of the text is
 * corrected; the customer's words are kept everywhere else.
 */
final class Spelling {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final int MIN_LENGTH = 5;
  /** Words routing hinges on; they win ties over words that only occur in example phrases. */
  static final List<String> KEYWORDS = List.of("cancel", "canceled", "cancelled", "canceling", "cancelling",
      "cancellation", "refund", "refunds", "refunded", "reimburse", "reimbursement", "reimbursed", "compensation",
      "restitution", "rebate", "password", "account", "accounts", "profile", "delete", "remove", "close", "switch",
      "change", "modify", "update", "correct", "address", "shipping", "delivery", "deliver", "order", "orders",
      "purchase", "purchases", "invoice", "invoices", "receipt", "payment", "payments", "method", "methods",
      "options", "modalities", "newsletter", "subscribe", "unsubscribe", "subscription", "review", "feedback",
      "comment", "opinion", "complaint", "complain", "claim", "human", "person", "agent", "operator",
      "representative", "customer", "service", "support", "track", "tracking", "status", "locate", "register",
      "registration", "signup", "login", "create", "charge", "charges", "penalty", "penalties", "termination",
      "withdrawal", "early", "policy", "guarantee", "reset", "recover", "retrieve", "problem", "problems", "issue",
      "issues", "error", "errors", "trouble", "assistance", "exchange", "return", "returns", "label", "article",
      "articles", "product", "products", "items", "money", "check", "contact", "speak", "information", "details");
  private static final List<String> SMALL_WORDS = List.of("to", "a", "an", "the", "my", "me", "i", "im", "you",
      "your", "ur", "u", "up", "in", "on", "of", "for", "with", "from", "at", "is", "it", "do", "can", "how", "what",
      "where", "when", "and", "or", "not", "no", "get", "have", "has", "this", "that", "some", "new", "be", "am",
      "are", "will", "if", "so", "need", "want", "help", "know", "see", "find", "info", "pin", "bill", "fee", "fees",
      "item", "pay", "sign", "log", "edit", "add", "swap", "exit", "open", "use", "hours", "talk");

  private final Set<String> known;
  private final List<String> ranked;
  private final LevenshteinDistance near = new LevenshteinDistance(2);

  private Spelling(Set<String> vocabulary) {
    Set<String> all = new LinkedHashSet<>(vocabulary);
    vocabulary.forEach(w -> all.addAll(inflections(w)));
    this.known = Set.copyOf(all);
    Set<String> keywordSet = Set.copyOf(KEYWORDS);
    this.ranked = vocabulary.stream().filter(w -> w.length() >= MIN_LENGTH - 1)
        .sorted(Comparator.comparing((String w) -> !keywordSet.contains(w)).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** A vocabulary of the routing keywords, common small words and every word of the given phrases. */
  static Spelling of(Collection<String> phrases) {
    Set<String> words = new LinkedHashSet<>(KEYWORDS);
    words.addAll(SMALL_WORDS);
    for (String p : phrases) {
      Matcher m = WORD.matcher(p.toLowerCase(Locale.ROOT));
      while (m.find()) {
        words.add(m.group());
      }
    }
    return new Spelling(words);
  }

  String correct(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(fix(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String fix(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < MIN_LENGTH - 1 || known.contains(w)) {
      return word;
    }
    String swapped = swapped(w);
    if (swapped != null) {
      return swapped;
    }
    if (w.length() < MIN_LENGTH) {
      // four letters: only a keyword one edit away ("ordr"), too many short words are near each other
      return KEYWORDS.stream().filter(k -> Math.abs(k.length() - w.length()) <= 1 && near.apply(w, k) == 1)
          .findFirst().orElse(word);
    }
    String split = split(w);
    if (split != null) {
      return split;
    }
    int allowed = w.length() >= 8 ? 2 : 1;
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : ranked) {
      if (Math.abs(candidate.length() - w.length()) > allowed) {
        continue;
      }
      int d = near.apply(w, candidate);
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best == null ? word : best;
  }

  /** Regular forms of a known word are known too: "talking" must not become "tracking". */
  static List<String> inflections(String w) {
    if (w.length() < 3) {
      return List.of();
    }
    List<String> forms = new ArrayList<>(List.of(w + "s", w + "es", w + "ed", w + "ing", w + "er"));
    if (w.endsWith("e")) {
      String stem = w.substring(0, w.length() - 1);
      forms.addAll(List.of(w + "d", stem + "ing", stem + "ion", stem + "ions"));
    }
    if (w.endsWith("y")) {
      forms.add(w.substring(0, w.length() - 1) + "ies");
    }
    char last = w.charAt(w.length() - 1);
    if ("bdgmnprt".indexOf(last) >= 0) {
      forms.addAll(List.of(w + last + "ing", w + last + "ed"));
    }
    return forms;
  }

  /** "cancle" → "cancel": two neighbouring letters swapped, which plain edit distance counts twice. */
  private String swapped(String w) {
    for (int i = 0; i + 1 < w.length(); i++) {
      char[] c = w.toCharArray();
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
      String s = new String(c);
      if (known.contains(s)) {
        return s;
      }
    }
    return null;
  }

  /** "tocancel" → "to cancel": the split whose shorter half is longest. */
  private String split(String w) {
    List<String> options = new ArrayList<>();
    for (int i = 1; i < w.length(); i++) {
      if (known.contains(w.substring(0, i)) && known.contains(w.substring(i))) {
        options.add(w.substring(0, i) + " " + w.substring(i));
      }
    }
    return options.stream().max(Comparator.comparingInt(s -> Math.min(s.indexOf(' '), s.length() - s.indexOf(' ') - 1)))
        .orElse(null);
  }
}
