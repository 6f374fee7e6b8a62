package com.shopagent.tools.orders;

import com.shopagent.core.metrics.AgentMetrics;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolOutput.OrderStatus;
import com.shopagent.core.tooling.ToolOutput.OrderStatus.Lookup;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * {@code get_order_status}: where the caller's order is. It needs no scope to be called, because
 * guests may prove an order with its billing email as on the shop's tracking form; {@link
 * Ownership} decides on the backend who may read the order. Not yours and does not exist are the
 * same answer.
 *
 * <p>Budget: 2.5 s per call. The tool call actor gives its one attempt 80 % (2 s) and keeps the
 * rest for the fallback; the client spends at most {@link #LOOKUP_BUDGET} on HTTP requests and
 * the retries of timeouts and 5xx inside it, so a hung shop yields the fallback in about 1.8 s.
 * The actor does not retry on top: only the client knows which failures are worth retrying.
 */
public final class GetOrderStatusTool implements Tool {
  public static final String NAME = "get_order_status";
  public static final String BILLING_EMAIL = "billing_email";
  static final Duration LOOKUP_BUDGET = Duration.ofMillis(1800);

  static final String NOT_FOUND = "I couldn't find an order ending in %s that matches your account or the billing"
      + " email you gave. Please check the order number in your confirmation email.";
  static final String NEEDS_PROOF = "To look up order ending in %s I need the billing email used at checkout,"
      + " or you can sign in to your account on the shop first.";
  static final String UNAVAILABLE = "I can't reach our order system right now, so I can't check your order ending in %s.";
  static final String NOT_A_NUMBER = "That doesn't look like an order number: it is the number in your order"
      + " confirmation email, digits only.";

  private static final ToolSpec SPEC = new ToolSpec(
      NAME,
      "Look up the status of the customer's own order: status, items, shipping method, tracking and"
          + " estimated delivery. Signed-in customers need only the order number; guests must also give the"
          + " billing email they used at checkout.",
      null,
      Duration.ofMillis(2500),
      1,
      Duration.ofMillis(100),
      OrderArguments.SCHEMA);

  private final OrderSource source;
  private final Executor executor;

  /** @param executor where the blocking lookup runs (a dispatcher meant for blocking work) */
  public GetOrderStatusTool(OrderSource source, Executor executor) {
    this.source = source;
    this.executor = executor;
  }

  @Override
  public ToolSpec spec() {
    return SPEC;
  }

  @Override
  public Set<String> piiArguments() {
    return Set.of(BILLING_EMAIL);
  }

  @Override
  public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
    OrderArguments args;
    try {
      args = OrderArguments.parse(request);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (Ownership.signedInUser(context.identity()).isEmpty() && args.billingEmail().isEmpty()) {
      return CompletableFuture.completedFuture(answer("needs_proof", Lookup.NOT_FOUND_OR_NOT_YOURS, args, NEEDS_PROOF));
    }
    return CompletableFuture.supplyAsync(() -> {
      Optional<Order> order = source.find(args.orderId(), LOOKUP_BUDGET);
      if (!Ownership.mayRead(order, context.identity(), args.billingEmail())) {
        return answer("refused", Lookup.NOT_FOUND_OR_NOT_YOURS, args, NOT_FOUND);
      }
      AgentMetrics.orderLookup("found");
      return new OrderStatus(Lookup.FOUND, OrderSummary.maskedRef(args.number()),
          OrderSummary.describe(order.get(), args.number()));
    }, executor);
  }

  /** Every attempt failed or the budget ran out: say so, so the brain can offer a ticket. */
  @Override
  public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
    try {
      OrderArguments args = OrderArguments.parse(request);
      return CompletableFuture.completedFuture(answer("unavailable", Lookup.UNAVAILABLE, args, UNAVAILABLE));
    } catch (IllegalArgumentException e) {
      AgentMetrics.orderLookup("invalid");
      return CompletableFuture.completedFuture(new OrderStatus(Lookup.NOT_FOUND_OR_NOT_YOURS, "none", NOT_A_NUMBER));
    }
  }

  private static ToolOutput answer(String metric, Lookup lookup, OrderArguments args, String template) {
    AgentMetrics.orderLookup(metric);
    return new OrderStatus(lookup, OrderSummary.maskedRef(args.number()),
        String.format(template, OrderSummary.lastFour(args.number())));
  }
}
