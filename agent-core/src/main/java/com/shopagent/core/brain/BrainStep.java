package com.shopagent.core.brain;

import com.shopagent.core.tooling.ToolRequest;
import java.util.List;

/** What the brain wants next. */
public sealed interface BrainStep {

  record UseTools(List<ToolRequest> requests) implements BrainStep {
    public UseTools {
      requests = List.copyOf(requests);
    }
  }

  record Respond(Reply reply) implements BrainStep {}
}
