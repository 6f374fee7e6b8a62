package com.shopagent.tools.orders;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import com.shopagent.tools.tasks.TaskPayloads;
import com.shopagent.tools.tasks.TaskStore;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * {@code update_user_note}: leaves a staff-only note on the signed-in customer's own order (a
 * delivery wish, a gift message). Ownership is checked like {@link GetOrderStatusTool} but only
 * by account: a guest's billing email may read an order, not write to it. Not yours and unknown
 * get one answer. Only queues: the worker posts the note.
 */
public final class UpdateUserNoteTool implements Tool {
  public static final String NAME = "update_user_note";
  public static final String KIND = "order_note";
  static final int MAX_NOTE = 1000;
  static final String REFUSED = "I couldn't add a note to an order ending in %s on your account.";

  private static final ToolSpec SPEC = new ToolSpec(
      NAME,
      "Add a note for the shop's staff to the signed-in customer's own order (a delivery wish, a gift"
          + " message). Queued; you get a reference.",
      Identity.ORDERS_READ_OWN,
      Duration.ofMillis(2500),
      1,
      Duration.ofMillis(100),
      """
      {"type":"object",
       "properties":{
        "order_id":{"type":"string","pattern":"^#?[0-9]{1,12}$"},
        "note":{"type":"string","maxLength":1000}},
       "required":["order_id","note"],
       "additionalProperties":false}""");

  private final OrderSource source;
  private final TaskStore store;
  private final Executor executor;

  public UpdateUserNoteTool(OrderSource source, TaskStore store, Executor executor) {
    this.source = source;
    this.store = store;
    this.executor = executor;
  }

  @Override
  public ToolSpec spec() {
    return SPEC;
  }

  @Override
  public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
    OrderArguments args;
    try {
      args = OrderArguments.parse(request);
    } catch (IllegalArgumentException e) {
      return done(GetOrderStatusTool.NOT_A_NUMBER);
    }
    String note = request.arg("note", "").strip();
    if (note.isEmpty() || note.length() > MAX_NOTE) {
      return done("No note was added: it must have 1 to " + MAX_NOTE + " characters.");
    }
    String refused = String.format(REFUSED, OrderSummary.lastFour(args.number()));
    if (Ownership.signedInUser(context.identity()).isEmpty()) {
      return done(refused);
    }
    return CompletableFuture.supplyAsync(() -> {
      Optional<Order> order = source.find(args.orderId(), GetOrderStatusTool.LOOKUP_BUDGET);
      if (!Ownership.mayRead(order, context.identity(), Optional.empty())) {
        return new ToolOutput.Text(refused);
      }
      String id = store.enqueue(KIND, NAME + ":" + context.idempotencyKey(), context.identity().subject(),
          TaskPayloads.write(Map.of("order_id", String.valueOf(args.orderId()), "note", note)));
      return new ToolOutput.Text("Note queued for your order ending in " + OrderSummary.lastFour(args.number())
          + " with reference " + id + ".");
    }, executor);
  }

  @Override
  public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
    return done("No note was added: the order system is unavailable right now.");
  }

  private static CompletionStage<ToolOutput> done(String text) {
    return CompletableFuture.completedFuture(new ToolOutput.Text(text));
  }
}
