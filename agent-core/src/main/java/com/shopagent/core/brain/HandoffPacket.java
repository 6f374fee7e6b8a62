package com.shopagent.core.brain;

import com.shopagent.core.policy.Decision;
import com.shopagent.core.session.Turn;
import com.shopagent.core.tooling.ToolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ticket body a human can act on without scrolling the chat: what the customer wants, why it
 * escalated, the order numbers given, and the redacted transcript. No raw personal data: emails
 * and phone numbers appear only as the session's tokens.
 */
final class HandoffPacket {
  /** The desk's limit is 8000 characters; the oldest turns go first. */
  static final int MAX_BODY = 7500;

  private HandoffPacket() {}

  static String subject(Intent intent, String userText) {
    String lead = switch (intent) {
      case HUMAN -> "Customer asks for a person";
      case COMPLAINT -> "Complaint";
      case ORDER_CHANGE -> "Order change or refund request";
      case ACCOUNT -> "Account request";
      case ORDER_STATUS -> "Order question";
      default -> "Support request";
    };
    String gist = userText.length() > 80 ? userText.substring(0, 77) + "..." : userText;
    return lead + ": " + gist;
  }

  static String category(Intent intent) {
    return switch (intent) {
      case HUMAN -> "human";
      case COMPLAINT -> "complaint";
      case ORDER_CHANGE -> "refund";
      default -> "general";
    };
  }

  static String body(TurnContext ctx, Understanding u) {
    Decision d = u.decision();
    StringBuilder head = new StringBuilder();
    head.append("Summary: ").append(subject(u.intent(), ctx.userText())).append('\n');
    head.append("Intent: ").append(u.intent().label()).append("\nRisk tier: ").append(d.tier().label())
        .append(String.format(Locale.ROOT, "\nConfidence: %.2f", d.confidence())).append('\n');
    head.append("Why escalated: ").append(String.join("; ", d.reasons())).append('\n');
    head.append("Order numbers given: ").append(u.orderNumbers().isEmpty() ? "none" : String.join(", ", u.orderNumbers()))
        .append('\n');
    if (u.guest()) {
      head.append("Guest customer").append(u.email() == null ? ", no billing email given yet"
          : "; billing email given in chat as " + u.email() + " (the raw address stays in the session)").append('\n');
    }
    head.append("Session: ").append(ctx.sessionId()).append("\n\nWhat the agent tried:\n");
    if (ctx.outcomes().isEmpty()) {
      head.append("- nothing yet (handed over directly)\n");
    }
    for (ToolOutcome o : ctx.outcomes()) {
      head.append("- ").append(o.tool()).append(": ").append(o.status().name().toLowerCase(Locale.ROOT))
          .append(o.output() == null ? "" : " (" + o.output().summary() + ")").append('\n');
    }
    List<String> transcript = new ArrayList<>();
    for (Turn t : ctx.history()) {
      transcript.add("Customer: " + t.userText() + "\nAgent: " + t.replyText() + "\n");
    }
    transcript.add("Customer: " + ctx.userText() + "\n");
    int size = head.length() + transcript.stream().mapToInt(String::length).sum() + 60;
    while (size > MAX_BODY && transcript.size() > 1) {
      size -= transcript.remove(0).length();
    }
    head.append("\nTranscript (redacted, oldest first):\n");
    transcript.forEach(head::append);
    return head.length() > MAX_BODY ? head.substring(0, MAX_BODY) : head.toString();
  }

  /** Only the masked reference ("ending in 1234") ever reaches a ticket, never the full number. */
  private static String orderRef(TurnContext ctx) {
    return ctx.outcomes().stream()
        .map(ToolOutcome::output)
        .filter(o -> o instanceof com.shopagent.core.tooling.ToolOutput.OrderStatus)
        .map(o -> ((com.shopagent.core.tooling.ToolOutput.OrderStatus) o).maskedRef())
        .reduce((first, later) -> later)
        .orElse("none looked up in this conversation");
  }
}
