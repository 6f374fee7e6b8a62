package com.shopagent.core.brain;

import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The embedded default brain: deterministic rules, retrieval and extractive answers, no network.
 * Round 0 plans the tool calls from the intent; round 1 writes the reply from their outcomes.
 */
public final class OfflineBrain implements Brain {
  static final double WEAK_COVERAGE = 0.4;
  private final String contactRoute;

  /** @param contactRoute how to reach a person when the agent cannot help, e.g. an email */
  public OfflineBrain(String contactRoute) {
    this.contactRoute = contactRoute;
  }

  @Override
  public CompletionStage<BrainStep> next(TurnContext ctx) {
    Intent intent = IntentRules.classify(ctx.userText());
    return CompletableFuture.completedFuture(ctx.round() == 0 ? plan(ctx, intent) : ReplyWriter.write(ctx, intent, contactRoute));
  }

  private BrainStep plan(TurnContext ctx, Intent intent) {
    List<ToolRequest> calls = new ArrayList<>();
    switch (intent) {
      case GREETING -> {
        return new BrainStep.Respond(new Reply("Hi! I can answer questions about shipping, returns, products and "
            + "your orders, or put you in touch with our team. What can I help with?", List.of(), Outcome.ANSWERED,
            false, null, intent.label(), 0.9, List.of()));
      }
      case HUMAN, COMPLAINT -> calls.add(ticket(ctx, intent));
      case ORDER_CHANGE -> {
        calls.add(readKb(ctx.userText()));
        calls.add(ticket(ctx, intent));
      }
      default -> calls.add(readKb(FollowUps.query(ctx)));
    }
    calls.removeIf(c -> !ctx.tools().contains(c.tool()));
    if (calls.isEmpty()) {
      return ReplyWriter.write(ctx, intent, contactRoute);
    }
    return new BrainStep.UseTools(calls);
  }

  private static ToolRequest readKb(String query) {
    return new ToolRequest("kb-1", "read_kb", Map.of("query", query, "top_k", "5"));
  }

  private static ToolRequest ticket(TurnContext ctx, Intent intent) {
    List<String> reasons = List.of(ReplyWriter.escalationReason(intent));
    return new ToolRequest("ticket-1", "create_ticket", Map.of(
        "subject", HandoffPacket.subject(intent, ctx.userText()),
        "body", HandoffPacket.body(ctx, intent, ReplyWriter.riskTier(intent), reasons),
        "category", ReplyWriter.category(intent)));
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
