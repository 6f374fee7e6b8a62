package com.shopagent.core.brain;

import com.shopagent.core.tooling.ToolRequest;
import java.util.List;

/** What the brain wants next, and the model tokens it spent deciding. */
public sealed interface BrainStep {

  Usage usage();

  record UseTools(List<ToolRequest> requests, Usage usage) implements BrainStep {
    public UseTools {
      requests = List.copyOf(requests);
    }

    public UseTools(List<ToolRequest> requests) {
      this(requests, Usage.NONE);
    }
  }

  record Respond(Reply reply, Usage usage) implements BrainStep {
    public Respond(Reply reply) {
      this(reply, Usage.NONE);
    }
  }
}
