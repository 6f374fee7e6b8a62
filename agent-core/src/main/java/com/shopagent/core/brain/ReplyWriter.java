package com.shopagent.core.brain;

import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.policy.Decision;
import com.shopagent.core.policy.PolicyEvaluator;
import com.shopagent.core.policy.ReasonCodes;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the outcomes of the planned tool calls into the customer's reply, as the policy decides. */
final class ReplyWriter {
  static final String AWAITING_DETAILS = "awaiting_ticket_details";
  static final String OUT_OF_SCOPE = "out_of_scope";
  private static final double OFF_TOPIC_COVERAGE = 0.75;
  private static final String SCOPE = "I'm the shop's support assistant, so I can only help with our products, "
      + "orders, shipping, returns and your account, or put you in touch with our team.";
  private static final String NO_ACTIONS = "I can't change, cancel or refund orders from this chat, ";
  private final PolicyEvaluator evaluator;
  private final String contactRoute;

  ReplyWriter(PolicyEvaluator evaluator, String contactRoute) {
    this.evaluator = evaluator;
    this.contactRoute = contactRoute;
  }

  BrainStep write(TurnContext ctx, Understanding u) {
    Reply reply = Asks.howItWorks(u, ctx.userText()) ? answer(ctx, u) : switch (u.ticketAccepted() ? Intent.HUMAN : u.intent()) {
      case HUMAN, COMPLAINT, ACCOUNT -> handOff(ctx, u);
      case ORDER_CHANGE -> u.changeDetailsComplete() ? handOff(ctx, u) : askForDetails(ctx, u);
      case ORDER_STATUS -> OrderFlow.looked(ctx) ? OrderFlow.reply(ctx, u, evaluator) : answer(ctx, u);
      case ERRAND -> Errands.reply(ctx, u, evaluator);
      default -> answer(ctx, u);
    };
    return new BrainStep.Respond(reply);
  }

  private Reply handOff(TurnContext ctx, Understanding u) {
    StringBuilder text = new StringBuilder(u.ticketAccepted() ? "Of course. " : switch (u.intent()) {
      case COMPLAINT -> "I'm sorry about this. ";
      case ORDER_CHANGE -> NO_ACTIONS + "so a person from our team will handle it. ";
      case ACCOUNT -> "For your security I can't change account details or sign-in from this chat. ";
      default -> "Of course, I'll get a person from our team to help. ";
    });
    List<Citation> citations = new ArrayList<>();
    if (!u.ticketAccepted() && (u.intent() == Intent.ORDER_CHANGE || u.intent() == Intent.ACCOUNT)) {
      citations.addAll(policy(ctx, u, text));
    }
    TicketRef ticket = ticketOf(ctx).orElse(null);
    List<String> findings = new ArrayList<>();
    if (ticket == null) {
      findings.add(ReasonCodes.TICKET_NOT_CREATED);
      text.append("I couldn't open a ticket just now. Please contact us at ").append(contactRoute).append('.');
    } else if (ticket.queued()) {
      text.append("Our ticket desk is busy, so I've queued your request under reference ").append(ticket.id())
          .append(". It reaches the team as soon as the desk is back; you don't need to ask again.");
    } else {
      text.append("I've opened ticket ").append(ticket.id())
          .append(" for you; our support team will reply by email during business hours.");
    }
    return Replies.of(text.toString(), citations, ticket, u.decision().plus(findings));
  }

  /** The refusal policy: say what the agent cannot do, what the policy says, and collect what the ticket needs. */
  private Reply askForDetails(TurnContext ctx, Understanding u) {
    StringBuilder text = new StringBuilder(NO_ACTIONS + "but a person from our team can. ");
    List<Citation> citations = policy(ctx, u, text);
    List<String> needs = new ArrayList<>();
    if (u.orderNumbers().isEmpty()) {
      needs.add("the order number");
    }
    if (u.guest() && u.email() == null) {
      needs.add("the billing email you used at checkout");
    }
    text.append("To open a ticket ").append(Dialogue.ASK_CHANGE_DETAILS).append(", please tell me ")
        .append(String.join(" and ", needs)).append('.');
    return Replies.of(text.toString(), citations, null, u.decision().plus(List.of(AWAITING_DETAILS)));
  }

  /**
   * Appends what the help pages say about the request (for an order change, policy pages first and
   * the sentences about the kind of change asked for); returns their citations.
   */
  private static List<Citation> policy(TurnContext ctx, Understanding u, StringBuilder text) {
    List<Passage> ps = OfflineBrain.passages(ctx).orElse(List.of());
    if (ps.isEmpty()) {
      return List.of();
    }
    List<Passage> sorted = new ArrayList<>(ps);
    if (u.intent() == Intent.ORDER_CHANGE) {
      sorted.sort((a, b) -> Boolean.compare(b.policy(), a.policy()));
    }
    String query = u.intent() == Intent.ORDER_CHANGE ? ChangeTopics.query(ctx.userText()) : ctx.userText();
    AnswerComposer.Composed c = AnswerComposer.compose(query, sorted);
    text.append("Here is what our help pages say: ").append(c.text()).append(' ');
    return c.citations();
  }

  private Reply answer(TurnContext ctx, Understanding u) {
    Optional<ToolOutcome> kb = OfflineBrain.outcomeOf(ctx, OfflineBrain.READ_KB);
    var signals = u.decision().signals();
    if (kb.isPresent() && kb.get().output() instanceof ToolOutput.Text fallback) {
      Decision d = evaluator.evaluate(u.intent().label(), signals.withRetrieval(0, 0, 0), List.of("kb_fallback"));
      return Replies.of(fallback.text() + Replies.offer(d), List.of(), null, d);
    }
    List<Passage> passages = OfflineBrain.passages(ctx).orElse(List.of());
    if (passages.isEmpty()) {
      Decision d = evaluator.evaluate(u.intent().label(), signals.withRetrieval(0, 0, 0),
          List.of(kb.isPresent() ? "no_passages" : "kb_unavailable"));
      // one invitation: the offer when the policy escalates, else the way to ask for one
      String invite = d.escalate() ? Replies.offer(d)
          : " If you'd like, say \"talk to a human\" and I'll open a ticket, or contact us at " + contactRoute + ".";
      return Replies.of("I couldn't find that in our help pages." + invite, List.of(), null, d);
    }
    AnswerComposer.Composed c = AnswerComposer.compose(ctx.userText(), passages);
    double top = passages.get(0).score();
    double gap = passages.size() > 1 ? top - passages.get(1).score() : top;
    Decision d = evaluator.evaluate(u.intent().label(), signals.withRetrieval(top, gap, c.coverage()));
    if (u.intent() == Intent.OTHER && c.coverage() < OFF_TOPIC_COVERAGE) {
      // small talk or off-topic: a passage that shares a word ("weather") is not an answer
      return Replies.of(SCOPE + Replies.offer(d), List.of(), null, d.plus(List.of(OUT_OF_SCOPE)));
    }
    if (d.has(ReasonCodes.WEAK_RETRIEVAL)) {
      String text = "I'm not fully sure this answers it, but here is what I found: " + c.text()
          + (d.escalate() ? Replies.offer(d) : " If that doesn't help, say \"talk to a human\" and I'll open a ticket for you.");
      // the pages the summary quotes, and the best match when the summary quotes another
      List<Citation> refs = new ArrayList<>(c.citations());
      Citation best = new Citation(passages.get(0).url(), passages.get(0).title());
      if (refs.stream().noneMatch(r -> r.url().equals(best.url()))) {
        refs.add(best);
      }
      return Replies.of(text, refs, null, d);
    }
    return Replies.of(c.text() + Replies.offer(d), c.citations(), null, d);
  }

  private static Optional<TicketRef> ticketOf(TurnContext ctx) {
    return OfflineBrain.outcomeOf(ctx, OfflineBrain.CREATE_TICKET)
        .filter(o -> o.output() instanceof ToolOutput.TicketCreated)
        .map(o -> ((ToolOutput.TicketCreated) o.output()).ticket());
  }
}
