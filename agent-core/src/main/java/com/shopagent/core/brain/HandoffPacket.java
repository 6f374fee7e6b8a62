package com.shopagent.core.brain;

import com.shopagent.core.session.Turn;
import com.shopagent.core.tooling.ToolOutcome;
import java.util.List;

/** The ticket body a human can act on without scrolling the chat: all of it already redacted. */
final class HandoffPacket {
  private HandoffPacket() {}

  static String subject(Intent intent, String userText) {
    String lead = switch (intent) {
      case HUMAN -> "Customer asks for a person";
      case COMPLAINT -> "Complaint";
      case ORDER_CHANGE -> "Order change or refund request";
      case ACCOUNT -> "Account request";
      default -> "Support request";
    };
    String gist = userText.length() > 80 ? userText.substring(0, 77) + "..." : userText;
    return lead + ": " + gist;
  }

  static String body(TurnContext ctx, Intent intent, String riskTier, List<String> reasons) {
    StringBuilder b = new StringBuilder();
    b.append("Summary: ").append(subject(intent, ctx.userText())).append('\n');
    b.append("Intent: ").append(intent.label()).append("\nRisk tier: ").append(riskTier).append('\n');
    b.append("Why escalated: ").append(String.join("; ", reasons)).append('\n');
    b.append("Order: ").append(orderRef(ctx)).append('\n');
    b.append("Session: ").append(ctx.sessionId()).append("\n\nWhat the agent tried:\n");
    if (ctx.outcomes().isEmpty()) {
      b.append("- nothing yet (handed over directly)\n");
    }
    for (ToolOutcome o : ctx.outcomes()) {
      b.append("- ").append(o.tool()).append(": ").append(o.status().name().toLowerCase(java.util.Locale.ROOT))
          .append(o.output() == null ? "" : " (" + o.output().summary() + ")").append('\n');
    }
    b.append("\nTranscript (redacted, oldest first):\n");
    for (Turn t : ctx.history()) {
      b.append("Customer: ").append(t.userText()).append("\nAgent: ").append(t.replyText()).append('\n');
    }
    b.append("Customer: ").append(ctx.userText()).append('\n');
    return b.toString();
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
