package com.shopagent.core.brain;

import com.shopagent.core.model.Identity;
import com.shopagent.core.session.Turn;
import com.shopagent.core.tooling.ToolOutcome;
import java.util.List;
import java.util.Set;

/**
 * Everything the brain may see for one step. All text here is already redacted.
 *
 * @param history earlier turns of this session, oldest first (at most 10)
 * @param outcomes tool outcomes gathered so far in this turn, in order
 * @param round 0 for the first step of the turn, then one more per tool round
 */
public record TurnContext(
    String sessionId,
    String turnId,
    Identity identity,
    List<Turn> history,
    String userText,
    List<ToolOutcome> outcomes,
    Set<String> tools,
    int round) {

  public TurnContext {
    history = List.copyOf(history);
    outcomes = List.copyOf(outcomes);
    tools = Set.copyOf(tools);
  }
}
