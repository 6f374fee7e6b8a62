package com.shopagent.tools.tickets;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code create_ticket}: hands the conversation to a human. Only delegates: the desk does the work,
 * and when it cannot, the fallback queues the request in the outbox so it is never dropped.
 */
public final class CreateTicketTool implements Tool {
  public static final String NAME = "create_ticket";

  private static final ToolSpec SPEC = new ToolSpec(
      NAME,
      "Open a support ticket for a human. Use it when the customer asks for a person, complains,"
          + " or wants something you may not do yourself (refunds, address changes, account access).",
      Identity.TICKETS_CREATE,
      Duration.ofSeconds(5),
      2,
      Duration.ofMillis(300),
      TicketArguments.jsonSchema());

  private final TicketDesk desk;
  private final TicketOutbox outbox;
  private final String supportContact;
  private final TicketQuota quota;

  /** @param supportContact where customers can write when nothing else works, e.g. an address */
  public CreateTicketTool(TicketDesk desk, TicketOutbox outbox, String supportContact) {
    this(desk, outbox, supportContact, TicketQuota.UNLIMITED);
  }

  public CreateTicketTool(TicketDesk desk, TicketOutbox outbox, String supportContact, TicketQuota quota) {
    this.desk = desk;
    this.outbox = outbox;
    this.supportContact = supportContact;
    this.quota = quota;
  }

  @Override
  public ToolSpec spec() {
    return SPEC;
  }

  @Override
  public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
    try {
      NewTicket ticket = TicketArguments.parse(request, context);
      if (quota.take(context.identity()).isPresent()) {
        // the brain then gives the contact route instead of a ticket
        return done(new ToolOutput.Text("No ticket was created: too many tickets from this visitor in the last hour. "
            + emailHint()));
      }
      return desk.create(ticket).thenApply(ToolOutput.TicketCreated::new);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Queues the request under the same idempotency key: if the desk did make the ticket after all,
   * the drain finds it instead of making a second one.
   */
  @Override
  public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
    NewTicket ticket;
    try {
      ticket = TicketArguments.parse(request, context);
    } catch (SecurityException e) {
      return done(new ToolOutput.Text("No ticket was created: this conversation may not open tickets. "
          + emailHint()));
    } catch (RuntimeException e) {
      return done(new ToolOutput.Text("No ticket was created: " + e.getMessage() + ". " + emailHint()));
    }
    try {
      return outbox.enqueue(ticket)
          .<ToolOutput>thenApply(ToolOutput.TicketCreated::new)
          .exceptionally(e -> new ToolOutput.Text("The ticket system is unavailable. " + emailHint()));
    } catch (RuntimeException e) {
      return done(new ToolOutput.Text("The ticket system is unavailable. " + emailHint()));
    }
  }

  private String emailHint() {
    return "Ask the customer to email " + supportContact + " so a person can help.";
  }

  private static CompletionStage<ToolOutput> done(ToolOutput output) {
    return CompletableFuture.completedFuture(output);
  }
}
