package com.shopagent.core.tooling;

import com.shopagent.core.CborSerializable;
import java.util.Map;

/**
 * How one tool call ended. {@code output} is null only for REFUSED and FAILED; FALLBACK carries
 * the tool's documented fallback output.
 */
public record ToolOutcome(
    String requestId,
    String tool,
    Map<String, String> arguments,
    Status status,
    ToolOutput output,
    int attempts,
    long latencyMs,
    String error)
    implements CborSerializable {

  public enum Status { OK, FALLBACK, REFUSED, FAILED }

  public ToolOutcome {
    arguments = Map.copyOf(arguments);
  }

  public static ToolOutcome refused(ToolRequest request, String why) {
    return new ToolOutcome(request.requestId(), request.tool(), request.arguments(), Status.REFUSED, null, 0, 0, why);
  }

  public boolean ok() {
    return status == Status.OK;
  }
}
