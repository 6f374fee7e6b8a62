package com.shopagent.tools.tasks;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import com.shopagent.tools.orders.AccountEmails;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * {@code send_email}: mails a signed-in customer a copy of something (a summary, a reference) at
 * the address on their account, as the shop has it. Never for guests, and never to an address
 * typed in the chat unless the shop opts in ({@code typedAddresses}): otherwise anyone could make
 * the shop's mail server write to a stranger. Only queues: the worker sends it.
 */
public final class SendEmailTool implements Tool {
  public static final String NAME = "send_email";
  public static final String KIND = "email";
  static final String GUEST_REFUSAL =
      "No email was sent: I can email only a signed-in customer, at the address on their account.";

  private static final ToolSpec SPEC = new ToolSpec(
      NAME,
      "Email the signed-in customer a copy at the address on their account (guests cannot get emails)."
          + " The email is queued and sent shortly; you get a reference.",
      Identity.TICKETS_CREATE,
      Duration.ofSeconds(3),
      1,
      Duration.ofMillis(100),
      EmailArguments.SCHEMA);

  private final TaskStore store;
  private final AccountEmails accounts;
  private final boolean typedAddresses;
  private final Executor executor;

  /** @param typedAddresses the shop's opt-in: a signed-in customer may name an address they typed */
  public SendEmailTool(TaskStore store, AccountEmails accounts, boolean typedAddresses, Executor executor) {
    this.store = store;
    this.accounts = accounts;
    this.typedAddresses = typedAddresses;
    this.executor = executor;
  }

  @Override
  public ToolSpec spec() {
    return SPEC;
  }

  @Override
  public Set<String> piiArguments() {
    return Set.of("to");
  }

  @Override
  public boolean piiTokensOnly() {
    return true;
  }

  @Override
  public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
    Optional<Long> customer = AccountEmails.customerId(context.identity().subject());
    if (customer.isEmpty()) {
      return text(GUEST_REFUSAL);
    }
    EmailArguments args;
    try {
      args = EmailArguments.parse(request, typedAddresses);
    } catch (IllegalArgumentException e) {
      return text("No email was sent: " + e.getMessage() + ".");
    }
    return CompletableFuture.supplyAsync(() -> {
      Optional<String> to = args.to().isPresent() ? args.to() : accounts.of(customer.get());
      if (to.isEmpty()) {
        return new ToolOutput.Text("No email was sent: there is no email address on your account.");
      }
      String id = store.enqueue(KIND, NAME + ":" + context.idempotencyKey(), context.identity().subject(),
          TaskPayloads.write(Map.of("to", to.get(), "subject", args.subject(), "body", args.body())));
      return new ToolOutput.Text("Email queued with reference " + id
          + (args.to().isPresent() ? "" : " to the address on your account") + "; it goes out within a few minutes.");
    }, executor);
  }

  @Override
  public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
    return text("No email was sent: the mail queue is unavailable.");
  }

  private static CompletionStage<ToolOutput> text(String text) {
    return CompletableFuture.completedFuture(new ToolOutput.Text(text));
  }
}
