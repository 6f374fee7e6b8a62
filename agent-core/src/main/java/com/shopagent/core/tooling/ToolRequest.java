package com.shopagent.core.tooling;

import com.shopagent.core.CborSerializable;
import java.util.Map;

/** A planned call: {@code requestId} is unique within the session and doubles as idempotency key. */
public record ToolRequest(String requestId, String tool, Map<String, String> arguments)
    implements CborSerializable {
  public ToolRequest {
    arguments = Map.copyOf(arguments);
  }

  public String arg(String name, String fallback) {
    return arguments.getOrDefault(name, fallback);
  }
}
