package com.shopagent.core.brain;

import com.shopagent.core.brain.routing.ErrandWords;
import com.shopagent.core.model.Citation;
import com.shopagent.core.policy.Decision;
import com.shopagent.core.policy.PolicyEvaluator;
import com.shopagent.core.session.Turn;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The errands the offline brain runs itself: a note for the staff on the signed-in customer's own
 * order ({@code update_user_note}) and a copy of the previous answer to a signed-in customer, at
 * the address on their account ({@code send_email}; guests get none: no email to a typed stranger). Both tools only queue the work; the reply relays what they said,
 * and a tool that could not queue it makes the turn uncertain, so the policy offers a person.
 */
final class Errands {
  static final String UPDATE_USER_NOTE = "update_user_note";
  static final String SEND_EMAIL = "send_email";
  static final String NEEDS_NOTE_DETAILS = "needs_note_details";
  static final String NOTHING_TO_SEND = "nothing_to_send";
  static final String ERRAND_UNAVAILABLE = "errand_unavailable";
  static final String SUBJECT = "Your copy from our support chat";
  /** No example number: the output guard rightly stops any order number that is not the customer's. */
  private static final String NOTE_EXAMPLE = " in one message, e.g. \"Add a note to order (your order number): please "
      + "leave it with my neighbour\".";
  /** Room for the framing lines within send_email's 4,000-character body. */
  private static final int MAX_COPY = 3500;

  private Errands() {}

  /** Round 0: the tool call, or a question or refusal when it cannot run yet. */
  static BrainStep plan(TurnContext ctx, Understanding u) {
    boolean note = u.answered() != Dialogue.Pending.EMAIL_ADDRESS
        && ErrandWords.of(ctx.userText()).orElse(null) == ErrandWords.Errand.NOTE;
    return note ? planNote(ctx, u) : planCopy(ctx, u);
  }

  private static BrainStep planNote(TurnContext ctx, Understanding u) {
    if (!ctx.tools().contains(UPDATE_USER_NOTE)) {
      return unavailable(u, "I can't add notes to orders from this chat.");
    }
    if (u.guest()) {
      return Replies.respond("I can add a note only to an order on a signed-in account. Please sign in and ask me "
          + "again, or say \"talk to a human\" and I'll pass it to our team.", List.of(), null,
          u.decision().plus(List.of(NEEDS_NOTE_DETAILS)));
    }
    Optional<String> text = ErrandWords.noteText(ctx.userText());
    if (u.orderNumbers().isEmpty() || text.isEmpty()) {
      String missing = u.orderNumbers().isEmpty() ? "the order number and what the note should say"
          : "what the note should say";
      return Replies.respond("Happy to add a note for our team. Please tell me " + missing + NOTE_EXAMPLE, List.of(),
          null, u.decision().plus(List.of(NEEDS_NOTE_DETAILS)));
    }
    return new BrainStep.UseTools(List.of(new ToolRequest("note-1", UPDATE_USER_NOTE,
        Map.of("order_id", u.orderNumbers().get(0), "note", text.get()))));
  }

  private static BrainStep planCopy(TurnContext ctx, Understanding u) {
    if (!ctx.tools().contains(SEND_EMAIL)) {
      return unavailable(u, "I can't send emails from this chat, but you can copy the answer above.");
    }
    if (u.guest()) {
      return Replies.respond("I can email a copy only to the address on a signed-in account. Please sign in and ask "
          + "me again, or copy the answer above.", List.of(), null, u.decision().plus(List.of(ERRAND_UNAVAILABLE)));
    }
    Optional<Turn> answer = answerToCopy(ctx.history());
    if (answer.isEmpty()) {
      return Replies.respond("There's nothing to send yet: ask me your question first, then say \"email me a copy\".",
          List.of(), null, u.decision().plus(List.of(NOTHING_TO_SEND)));
    }
    // a typed address counts only where the shop opts in; the tool decides, the account's address otherwise
    Map<String, String> args = new java.util.HashMap<>(Map.of("subject", SUBJECT, "body", body(answer.get())));
    if (u.email() != null) {
      args.put("to", u.email());
    }
    return new BrainStep.UseTools(List.of(new ToolRequest("email-1", SEND_EMAIL, args)));
  }

  /** Round 1: what the tool said; a fallback or a refusal leaves the turn uncertain. */
  static Reply reply(TurnContext ctx, Understanding u, PolicyEvaluator evaluator) {
    Optional<ToolOutcome> done = ctx.outcomes().stream()
        .filter(o -> o.tool().equals(UPDATE_USER_NOTE) || o.tool().equals(SEND_EMAIL)).findFirst();
    boolean queued = done.map(ToolOutcome::ok).orElse(false);
    String text = done.filter(o -> o.output() instanceof ToolOutput.Text)
        .map(o -> ((ToolOutput.Text) o.output()).text())
        .orElse("I couldn't do that just now. Please contact us if it's urgent.");
    Decision d = evaluator.evaluate(u.intent().label(), u.decision().signals().withToolCertainty(queued ? 1 : 0));
    return Replies.of(text + Replies.offer(d), List.of(), null, d);
  }

  /** The answer before "email me a copy", or before our question for the address. */
  private static Optional<Turn> answerToCopy(List<Turn> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Turn t = history.get(i);
      if (!t.replyText().contains(Dialogue.ASK_EMAIL_ADDRESS)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static String body(Turn answer) {
    String reply = answer.replyText().length() > MAX_COPY
        ? answer.replyText().substring(0, MAX_COPY) + " […]" : answer.replyText();
    String sources = answer.citations().stream().map(Citation::url).distinct().collect(Collectors.joining("\n"));
    return "You asked us for a copy of this answer from our support chat:\n\n" + reply
        + (sources.isEmpty() ? "" : "\n\nSources:\n" + sources);
  }

  private static BrainStep unavailable(Understanding u, String text) {
    return Replies.respond(text + " Say \"talk to a human\" and I'll pass your request to our team.", List.of(), null,
        u.decision().plus(List.of(ERRAND_UNAVAILABLE)));
  }
}
