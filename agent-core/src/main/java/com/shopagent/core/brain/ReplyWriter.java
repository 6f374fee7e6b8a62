package com.shopagent.core.brain;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the outcomes of the planned tool calls into the customer's reply. */
final class ReplyWriter {
  private ReplyWriter() {}

  static BrainStep write(TurnContext ctx, Intent intent, String contactRoute) {
    Reply reply = switch (intent) {
      case HUMAN, COMPLAINT, ORDER_CHANGE -> handOff(ctx, intent, contactRoute);
      default -> answer(ctx, intent, contactRoute);
    };
    return new BrainStep.Respond(reply);
  }

  private static Reply handOff(TurnContext ctx, Intent intent, String contactRoute) {
    List<String> reasons = new ArrayList<>(List.of(escalationReason(intent)));
    StringBuilder text = new StringBuilder(switch (intent) {
      case COMPLAINT -> "I'm sorry about this. ";
      case ORDER_CHANGE -> "I can't change orders or issue refunds myself, so a person from our team will handle it. ";
      default -> "Of course, I'll get a person from our team to help. ";
    });
    List<Citation> citations = new ArrayList<>();
    if (intent == Intent.ORDER_CHANGE) {
      OfflineBrain.passages(ctx).filter(p -> !p.isEmpty()).ifPresent(ps -> {
        AnswerComposer.Composed policy = AnswerComposer.compose(ctx.userText(), policyFirst(ps));
        text.append("Here is what our policy says: ").append(policy.text()).append(' ');
        citations.addAll(policy.citations());
      });
    }
    TicketRef ticket = ticketOf(ctx).orElse(null);
    Outcome outcome = Outcome.TICKET;
    if (ticket == null) {
      outcome = Outcome.ESCALATED;
      reasons.add("ticket_not_created");
      text.append("I couldn't open a ticket just now. Please contact us at ").append(contactRoute).append('.');
    } else if (ticket.queued()) {
      text.append("Our ticket desk is busy, so I've queued your request under reference ").append(ticket.id())
          .append(". It reaches the team as soon as the desk is back; you don't need to ask again.");
    } else {
      text.append("I've opened ticket ").append(ticket.id())
          .append(" for you; our support team will reply by email during business hours.");
    }
    return new Reply(text.toString().trim(), citations, outcome, true, ticket, intent.label(), 0.9, reasons);
  }

  private static Reply answer(TurnContext ctx, Intent intent, String contactRoute) {
    Optional<ToolOutcome> kb = OfflineBrain.outcomeOf(ctx, "read_kb");
    if (kb.isPresent() && kb.get().output() instanceof ToolOutput.Text fallback) {
      return new Reply(fallback.text(), List.of(), Outcome.ANSWERED, false, null, intent.label(), 0.2,
          List.of("kb_fallback"));
    }
    List<Passage> passages = OfflineBrain.passages(ctx).orElse(List.of());
    if (passages.isEmpty()) {
      return new Reply("I couldn't find that in our help pages. If you'd like, say \"talk to a human\" and I'll "
          + "open a ticket, or contact us at " + contactRoute + ".", List.of(), Outcome.ANSWERED, false, null,
          intent.label(), 0.1, List.of(kb.isPresent() ? "no_passages" : "kb_unavailable"));
    }
    AnswerComposer.Composed c = AnswerComposer.compose(ctx.userText(), passages);
    double confidence = Math.min(0.95, 0.3 + 0.65 * c.coverage());
    if (c.coverage() < OfflineBrain.WEAK_COVERAGE) {
      String text = "I'm not fully sure this answers it, but here is what I found: " + c.text()
          + " If that doesn't help, say \"talk to a human\" and I'll open a ticket for you.";
      List<Citation> refs = passages.stream().limit(3).map(p -> new Citation(p.url(), p.title())).distinct().toList();
      return new Reply(text, refs, Outcome.ANSWERED, false, null, intent.label(), confidence, List.of("weak_retrieval"));
    }
    return new Reply(c.text(), c.citations(), Outcome.ANSWERED, false, null, intent.label(), confidence, List.of());
  }

  private static List<Passage> policyFirst(List<Passage> ps) {
    List<Passage> sorted = new ArrayList<>(ps);
    sorted.sort((a, b) -> Boolean.compare(b.policy(), a.policy()));
    return sorted;
  }

  private static Optional<TicketRef> ticketOf(TurnContext ctx) {
    return OfflineBrain.outcomeOf(ctx, "create_ticket")
        .filter(o -> o.output() instanceof ToolOutput.TicketCreated)
        .map(o -> ((ToolOutput.TicketCreated) o.output()).ticket());
  }

  static String escalationReason(Intent intent) {
    return switch (intent) {
      case HUMAN -> "asked_for_human";
      case COMPLAINT -> "complaint";
      case ORDER_CHANGE -> "order_change_out_of_scope";
      default -> "needs_human";
    };
  }

  static String riskTier(Intent intent) {
    return switch (intent) {
      case HUMAN, COMPLAINT, ORDER_CHANGE, ACCOUNT -> "high";
      case ORDER_STATUS -> "medium";
      default -> "low";
    };
  }

  static String category(Intent intent) {
    return switch (intent) {
      case HUMAN -> "human";
      case COMPLAINT -> "complaint";
      case ORDER_CHANGE -> "refund";
      default -> "general";
    };
  }
}
