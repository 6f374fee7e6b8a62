package com.shopagent.core.policy;

import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redaction;
import com.shopagent.core.privacy.Redactor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a reply before the customer sees it: it must not quote the system prompt (any run of
 * {@value #SHINGLE} consecutive words of a confidential text), must not carry raw personal data
 * (the {@link Redactor} finds none; tokens like {@code <EMAIL_1>} are fine), and must not mention
 * an order the caller may not see. Who may see what: the caller sees their own orders only, so
 * the session passes the order ids it has proven ownership of.
 */
public final class OutputGuard {
  static final int SHINGLE = 8;
  private final Redactor redactor;
  private final Set<String> confidentialShingles;

  /** {@code confidentialTexts}: the system prompt and any policy text the model sees but must not repeat. */
  public OutputGuard(Redactor redactor, List<String> confidentialTexts) {
    this.redactor = redactor;
    Set<String> shingles = new HashSet<>();
    confidentialTexts.forEach(t -> shingles.addAll(shingles(t)));
    this.confidentialShingles = Set.copyOf(shingles);
  }

  /** {@code allowedOrderIds}: the orders this caller owns (logged in) or has proven (guest). */
  public GuardVerdict check(String reply, Set<String> allowedOrderIds) {
    return check(reply, allowedOrderIds, List.of());
  }

  /**
   * @param published texts the shop itself published and this turn quoted (help-page passages): an
   *     address or phone number printed there ("billing@shop.example") is the shop's, not a person's
   */
  public GuardVerdict check(String reply, Set<String> allowedOrderIds, List<String> published) {
    List<String> reasons = new ArrayList<>();
    if (shingles(reply).stream().anyMatch(confidentialShingles::contains)) {
      reasons.add("system_prompt_leak");
    }
    Redaction r = redactor.redact(reply, PiiTokens.EMPTY);
    r.spans().stream()
        .filter(s -> published.stream().noneMatch(p -> p.contains(reply.substring(s.start(), s.end()))))
        .map(s -> "raw_pii:" + s.type()).distinct().forEach(reasons::add);
    boolean foreign = OrderMentions.in(reply).stream()
        .anyMatch(m -> allowedOrderIds.stream().noneMatch(m::matches));
    if (foreign) {
      reasons.add("foreign_order");
    }
    return GuardVerdict.of(reasons);
  }

  private static Set<String> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> clean = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= clean.size(); i++) {
      out.add(String.join(" ", clean.subList(i, i + SHINGLE)));
    }
    return out;
  }
}
