package com.shopagent.core.brain;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Runs one round of the offline brain, as the session would, for the brain's tests. */
final class Steps {
  private static final OfflineBrain BRAIN = new OfflineBrain("support@shop.example");

  private Steps() {}

  static BrainStep step(TurnContext c) {
    return BRAIN.next(c).toCompletableFuture().join();
  }

  /** The round must end the turn with a reply. */
  static Reply reply(TurnContext c) {
    return assertInstanceOf(BrainStep.Respond.class, step(c)).reply();
  }
}
