package com.shopagent.core.brain;

import java.util.concurrent.CompletionStage;

/**
 * Decides the next step of a turn: call tools, or answer. The session actor calls it again with
 * the tool outcomes until it answers (or the per-turn caps stop it).
 */
public interface Brain {
  CompletionStage<BrainStep> next(TurnContext context);
}
