package com.shopagent.core.tooling;

import java.util.concurrent.CompletionStage;

/**
 * A hand the brain can use. Implementations only delegate to a service; the orchestrator
 * (ToolCallActor) owns timeouts, retries, scopes and metrics. Blocking work must run on the
 * executor the implementation was given, never on the caller's thread.
 */
public interface Tool {

  ToolSpec spec();

  CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context);

  /**
   * Arguments that need the real value behind a PII token (a guest's billing email to prove
   * ownership of an order). The orchestrator substitutes them from the session's in-memory vault
   * just before the call; the model, the journal and the audit only ever see the token.
   */
  default java.util.Set<String> piiArguments() {
    return java.util.Set.of();
  }

  /**
   * True when the {@link #piiArguments()} must be tokens of the session's vault: anything else
   * (an address the model wrote itself) reaches the tool as an empty value, so e.g. an email can
   * only go to an address the customer typed in this session.
   */
  default boolean piiTokensOnly() {
    return false;
  }

  /** The documented answer when every attempt failed or the budget ran out. */
  CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure);
}
