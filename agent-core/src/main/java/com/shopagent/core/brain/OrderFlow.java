package com.shopagent.core.brain;

import com.shopagent.core.policy.Decision;
import com.shopagent.core.policy.PolicyEvaluator;
import com.shopagent.core.policy.ReasonCodes;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Order questions through {@code get_order_status}: ask for what the lookup needs, look the
 * orders up, and say plainly what came back. Never guesses order data.
 */
final class OrderFlow {
  static final String NEEDS_ORDER_NUMBER = "needs_order_number";
  static final String NEEDS_BILLING_EMAIL = "needs_billing_email";
  private static final int MAX_LOOKUPS = 2;

  private OrderFlow() {}

  /** A question back when the lookup cannot run yet; empty when it can (or the tool is not offered). */
  static Optional<BrainStep> askFirst(TurnContext ctx, Understanding u) {
    if (!ctx.tools().contains(OfflineBrain.GET_ORDER_STATUS)) {
      return Optional.empty();
    }
    if (u.orderNumbers().isEmpty()) {
      String text = "I can look that up for you. " + Dialogue.ASK_ORDER_NUMBER
          + (u.guest() ? " As you're not signed in, " + Dialogue.ASK_BILLING_EMAIL + "." : "")
          + " You'll find the number in your order confirmation email.";
      return Optional.of(Replies.respond(text, List.of(), null, u.decision().plus(List.of(NEEDS_ORDER_NUMBER))));
    }
    if (u.guest() && u.email() == null) {
      String text = "Thanks! To keep orders private, " + Dialogue.ASK_BILLING_EMAIL + " for the order "
          + Replies.masked(u.orderNumbers().get(0)) + ".";
      return Optional.of(Replies.respond(text, List.of(), null, u.decision().plus(List.of(NEEDS_BILLING_EMAIL))));
    }
    return Optional.empty();
  }

  /** One lookup per order number named (at most two), or the help pages when the tool is not offered. */
  static List<ToolRequest> lookups(TurnContext ctx, Understanding u) {
    if (!ctx.tools().contains(OfflineBrain.GET_ORDER_STATUS)) {
      return List.of(OfflineBrain.readKb(FollowUps.query(ctx)));
    }
    List<ToolRequest> calls = new ArrayList<>();
    for (String number : u.orderNumbers().subList(0, Math.min(MAX_LOOKUPS, u.orderNumbers().size()))) {
      Map<String, String> args = new HashMap<>(Map.of("order_id", number));
      if (u.guest() && u.email() != null) {
        args.put("billing_email", u.email()); // a token; the orchestrator swaps in the real address
      }
      calls.add(new ToolRequest("order-" + (calls.size() + 1), OfflineBrain.GET_ORDER_STATUS, args));
    }
    return calls;
  }

  static boolean looked(TurnContext ctx) {
    return ctx.outcomes().stream().anyMatch(o -> o.tool().equals(OfflineBrain.GET_ORDER_STATUS));
  }

  /** The customer's answer from the lookups: what was found, and plainly what was not. */
  static Reply reply(TurnContext ctx, Understanding u, PolicyEvaluator evaluator) {
    List<String> lines = new ArrayList<>();
    List<String> findings = new ArrayList<>();
    int found = 0;
    int lookups = 0;
    for (ToolOutcome o : ctx.outcomes()) {
      if (!o.tool().equals(OfflineBrain.GET_ORDER_STATUS)) {
        continue;
      }
      lookups++;
      String ref = Replies.masked(o.arguments().getOrDefault("order_id", "?"));
      if (o.output() instanceof ToolOutput.OrderStatus s && s.lookup() == ToolOutput.OrderStatus.Lookup.FOUND) {
        lines.add(s.customerText());
        found++;
      } else if (o.output() instanceof ToolOutput.OrderStatus s
          && s.lookup() == ToolOutput.OrderStatus.Lookup.NOT_FOUND_OR_NOT_YOURS) {
        lines.add("I couldn't find an order " + ref + " for " + (u.guest() ? "that billing email" : "your account")
            + ". Please check the number in your confirmation email.");
        findings.add(ReasonCodes.ORDER_NOT_FOUND);
      } else if (o.status() == ToolOutcome.Status.REFUSED) {
        // e.g. a session without the orders scope: say so, never hint at what the order holds
        lines.add("I can't look up the order " + ref + " from this chat.");
        findings.add(ReasonCodes.ORDER_LOOKUP_UNAVAILABLE);
      } else {
        lines.add("I can't check the order " + ref + " right now: our order system isn't answering.");
        findings.add(ReasonCodes.ORDER_LOOKUP_UNAVAILABLE);
      }
    }
    Decision d = evaluator.evaluate(u.intent().label(),
        u.decision().signals().withToolCertainty(lookups == 0 ? 0 : found / (double) lookups), findings);
    String text = String.join(" ", lines) + Replies.offer(d);
    return Replies.of(text, List.of(), null, d);
  }
}
