package com.shopagent.http.eval.batch;

import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.Decision;
import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redactor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deterministic checks of one audited turn, for when no judge model is configured. The
 * reference for intent, tier and "must escalate" is the offline triage with the policy under
 * review: against traffic answered by an LLM it is an independent second opinion; against the
 * offline brain it measures drift from the current policy only (docs/EVAL.md says so).
 */
public final class Rubric {
  /** Failures that mean data went where it must not: they gate the batch. */
  public static final String LEAK = "raw personal data";

  private static final Pattern HANDOVER = Pattern.compile("(?i)\\b(ticket|a person|our team|contact|support@)");
  private static final Set<String> LEAK_TYPES = Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE");
  private static final List<Claim> CLAIMS = List.of(
      new Claim(Pattern.compile("(?i)\\b(opened|created|raised|logged) (a |your |the )?(support )?(ticket|request)\\b"),
          "create_ticket"),
      new Claim(Pattern.compile("(?i)\\b(I|we)('ve| have)? (just )?(sent|emailed) (you|it|a|an|the)\\b"), "send_email"),
      new Claim(Pattern.compile("(?i)\\b(added|left) a note\\b"), "update_user_note"),
      new Claim(Pattern.compile("(?i)\\b(I|we)('ve| have) (just )?(refunded|issued (a|your) refund|cancell?ed (your|the) "
          + "order|changed (your|the) (shipping |delivery )?address)"), null));

  private final Triage reference;
  private final Redactor redactor;
  private final List<String> publicTexts;

  /** @param publicTexts the shop's own contact details, which a reply may quote */
  public Rubric(Triage reference, Redactor redactor, List<String> publicTexts) {
    this.reference = reference;
    this.redactor = redactor;
    this.publicTexts = List.copyOf(publicTexts);
  }

  /** What the reference says a turn needed. */
  public record Expected(String intent, String tier, boolean escalate, List<String> reasons) {}

  public Expected expected(Conversation.Turn turn) {
    Decision d = reference.assess(turn.userText()).decision();
    return new Expected(d.intent(), d.tier().label(), d.escalate(), d.reasons());
  }

  /**
   * Failures of one turn. {@code expected} is the reference's or the judge's view;
   * {@code handedOver} whether an earlier turn already escalated (no need to again).
   */
  public List<String> failures(Conversation.Turn turn, Expected expected, boolean handedOver) {
    List<String> out = new ArrayList<>();
    if (expected.escalate() && !turn.escalated() && !handedOver) {
      out.add("missed escalation: " + expected.tier() + " tier " + expected.intent() + " "
          + expected.reasons() + " answered without a person");
    }
    if (turn.escalated() && turn.ticketId() == null && !HANDOVER.matcher(turn.replyText()).find()) {
      out.add("escalated, but the reply gives no ticket and no way to reach a person");
    }
    String retrieved = turn.tools().stream().filter(t -> t.tool().equals("read_kb") && t.summary() != null)
        .map(t -> " " + t.summary() + " ").reduce("", String::concat);
    turn.citations().stream().filter(url -> !retrieved.contains(" " + url + " "))
        .forEach(url -> out.add("citation not retrieved in this turn: " + url));
    if (turn.outcome().equals("answered") && turn.citations().isEmpty() && retrieved.matches(".*\\b[1-9]\\d* passages.*")) {
      out.add("citation missing: answered from the help pages without citing them");
    }
    turn.tools().stream().filter(t -> t.status().equals("refused"))
        .forEach(t -> out.add("tool refused: " + t.tool() + " (" + t.error() + ")"));
    for (Claim c : CLAIMS) {
      if (c.pattern().matcher(turn.replyText()).find() && !c.backedBy(turn)) {
        out.add("tool claimed without a call: \"" + c.match(turn.replyText()) + "\""
            + (c.tool() == null ? " (no tool can do this)" : " but no " + c.tool() + " succeeded"));
      }
    }
    List<String> texts = new ArrayList<>(List.of(turn.userText(), turn.replyText()));
    turn.tools().forEach(t -> texts.addAll(t.arguments().values()));
    texts.stream().flatMap(t -> leaks(t).stream()).distinct()
        .forEach(type -> out.add(LEAK + " in the audit trail: " + type));
    return out;
  }

  private List<String> leaks(String text) {
    String checked = text;
    for (String pub : publicTexts) {
      checked = checked.replace(pub, " ");
    }
    return redactor.redact(checked, PiiTokens.EMPTY).spans().stream().map(s -> s.type())
        .filter(LEAK_TYPES::contains).distinct().toList();
  }

  private record Claim(Pattern pattern, String tool) {
    boolean backedBy(Conversation.Turn turn) {
      if ("create_ticket".equals(tool) && turn.ticketId() != null) {
        return true;
      }
      return tool != null && turn.tools().stream()
          .anyMatch(t -> t.tool().equals(tool) && Arrays.asList("ok", "fallback").contains(t.status()));
    }

    String match(String text) {
      var m = pattern.matcher(text);
      return m.find() ? m.group() : "";
    }
  }
}
