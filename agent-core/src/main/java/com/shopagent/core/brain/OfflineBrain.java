package com.shopagent.core.brain;

import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.model.Passage;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.policy.RiskTier;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The embedded default brain: intent routing (rules plus MiniLM over labelled phrases), the
 * escalation policy, retrieval and extractive answers; no network, deterministic. Round 0 plans
 * the tool calls; round 1 writes the reply from their outcomes.
 */
public final class OfflineBrain implements Brain {
  static final String READ_KB = "read_kb";
  static final String CREATE_TICKET = "create_ticket";
  static final String GET_ORDER_STATUS = "get_order_status";

  private final String contactRoute;
  private final Triage triage;
  private final Executor executor;

  /** With the built-in policy; routing runs on the common pool. */
  public OfflineBrain(String contactRoute) {
    this(contactRoute, Triage.create(EscalationPolicy.defaults()), ForkJoinPool.commonPool());
  }

  /**
   * @param contactRoute how to reach a person when the agent cannot help, e.g. an email
   * @param executor where routing runs: embedding a message is CPU work that must not hold an actor's thread
   */
  public OfflineBrain(String contactRoute, Triage triage, Executor executor) {
    this.contactRoute = contactRoute;
    this.triage = triage;
    this.executor = executor;
  }

  @Override
  public CompletionStage<BrainStep> next(TurnContext ctx) {
    return CompletableFuture.supplyAsync(() -> {
      Understanding routed = Understanding.of(ctx, triage);
      Understanding u = Asks.aboutOrdersInGeneral(routed, ctx.userText()) ? routed.asFaq(triage.evaluator()) : routed;
      return ctx.round() == 0 ? plan(ctx, u) : new ReplyWriter(triage.evaluator(), contactRoute).write(ctx, u);
    }, executor);
  }

  private BrainStep plan(TurnContext ctx, Understanding u) {
    List<ToolRequest> calls = new ArrayList<>();
    if (u.ticketAccepted()) {
      calls.add(ticket(ctx, u));
    } else if (Asks.howItWorks(u, ctx.userText())) {
      calls.add(readKb(ctx.userText()));
    } else {
      switch (u.intent()) {
        case GREETING -> {
          return Replies.respond("Hi! I can answer questions about shipping, returns, products and your orders, "
              + "or put you in touch with our team. What can I help with?", List.of(), null, u.decision());
        }
        case HUMAN, COMPLAINT -> calls.add(ticket(ctx, u));
        case ACCOUNT -> {
          calls.add(readKb(ctx.userText()));
          calls.add(ticket(ctx, u));
        }
        case ORDER_CHANGE -> {
          calls.add(readKb(ctx.userText()));
          if (u.changeDetailsComplete()) {
            calls.add(ticket(ctx, u));
          }
        }
        case ERRAND -> {
          return Errands.plan(ctx, u);
        }
        case ORDER_STATUS -> {
          Optional<BrainStep> ask = OrderFlow.askFirst(ctx, u);
          if (ask.isPresent()) {
            return ask.get();
          }
          calls.addAll(OrderFlow.lookups(ctx, u));
        }
        default -> calls.add(readKb(FollowUps.query(ctx)));
      }
    }
    calls.removeIf(c -> !ctx.tools().contains(c.tool()));
    if (calls.isEmpty()) {
      return new ReplyWriter(triage.evaluator(), contactRoute).write(ctx, u);
    }
    return new BrainStep.UseTools(calls);
  }

  static ToolRequest readKb(String query) {
    return new ToolRequest("kb-1", READ_KB, Map.of("query", query, "top_k", "5"));
  }

  private static ToolRequest ticket(TurnContext ctx, Understanding u) {
    Intent intent = u.intent();
    Map<String, String> args = new java.util.HashMap<>(Map.of(
        "subject", HandoffPacket.subject(intent, ctx.userText()),
        "body", HandoffPacket.body(ctx, u),
        "category", HandoffPacket.category(intent)));
    if (u.decision().tier() == RiskTier.HIGH && !u.routing().riskFlags().isEmpty()) {
      args.put("priority", "high"); // a card number in the chat or a hijacked account cannot wait in the queue
    }
    return new ToolRequest("ticket-1", CREATE_TICKET, args);
  }

  static Optional<List<Passage>> passages(TurnContext ctx) {
    return ctx.outcomes().stream()
        .filter(o -> o.output() instanceof ToolOutput.Passages)
        .map(o -> ((ToolOutput.Passages) o.output()).passages())
        .findFirst();
  }

  static Optional<ToolOutcome> outcomeOf(TurnContext ctx, String tool) {
    return ctx.outcomes().stream().filter(o -> o.tool().equals(tool)).findFirst();
  }
}
