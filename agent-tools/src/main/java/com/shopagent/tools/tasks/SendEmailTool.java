package com.shopagent.tools.tasks;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * {@code send_email}: mails the customer a copy of something (a summary, a reference) at an
 * address they typed in this conversation. Needs {@code tickets.create}: whoever may hand the
 * conversation to a person may also get it in writing. Only queues: the worker sends it.
 */
public final class SendEmailTool implements Tool {
  public static final String NAME = "send_email";
  public static final String KIND = "email";

  private static final ToolSpec SPEC = new ToolSpec(
      NAME,
      "Email the customer, at an address they typed in this conversation (pass its token, e.g. <EMAIL_1>)."
          + " The email is queued and sent shortly; you get a reference.",
      Identity.TICKETS_CREATE,
      Duration.ofSeconds(3),
      1,
      Duration.ofMillis(100),
      EmailArguments.SCHEMA);

  private final TaskStore store;
  private final Executor executor;

  public SendEmailTool(TaskStore store, Executor executor) {
    this.store = store;
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
    EmailArguments args;
    try {
      args = EmailArguments.parse(request);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(new ToolOutput.Text("No email was sent: " + e.getMessage() + "."));
    }
    return CompletableFuture.supplyAsync(() -> {
      String id = store.enqueue(KIND, NAME + ":" + context.idempotencyKey(), context.identity().subject(),
          TaskPayloads.write(Map.of("to", args.to(), "subject", args.subject(), "body", args.body())));
      return new ToolOutput.Text("Email queued with reference " + id + "; it goes out within a few minutes.");
    }, executor);
  }

  @Override
  public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
    return CompletableFuture.completedFuture(new ToolOutput.Text("No email was sent: the mail queue is unavailable."));
  }
}
