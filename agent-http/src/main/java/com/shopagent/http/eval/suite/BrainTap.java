package com.shopagent.http.eval.suite;

import com.shopagent.core.brain.Brain;
import com.shopagent.core.brain.BrainStep;
import com.shopagent.core.brain.TurnContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sits between the session and its brain and, for the sessions a chaos case names, plays the
 * model's outage: {@code down} fails every step at once (the provider answers 500), {@code
 * timeout} never answers (the session's brain timeout must fire). Other sessions are untouched.
 */
final class BrainTap {
  static final String KEY = "brain";
  private final Map<String, String> faults = new ConcurrentHashMap<>();

  Brain wrap(Brain inner) {
    return context -> step(inner, context);
  }

  void fault(String sessionId, String fault) {
    if (fault == null) {
      faults.remove(sessionId);
    } else {
      faults.put(sessionId, fault);
    }
  }

  private CompletionStage<BrainStep> step(Brain inner, TurnContext context) {
    String fault = faults.get(context.sessionId());
    if (fault == null) {
      return inner.next(context);
    }
    return fault.equals("down")
        ? CompletableFuture.failedFuture(new IllegalStateException("chaos: the model provider answered 500"))
        : new CompletableFuture<>();
  }
}
