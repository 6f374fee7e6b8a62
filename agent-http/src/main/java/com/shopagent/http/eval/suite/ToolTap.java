package com.shopagent.http.eval.suite;

import com.shopagent.core.tooling.ChaosSettings;
import com.shopagent.core.tooling.FaultyTool;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sits between the orchestrator and each real tool: records every call (with its arguments) per
 * session, and forces the faults a chaos case asks for through the same {@link FaultyTool} the
 * operators' chaos settings use, so the real timeouts, retries and fallbacks run.
 */
final class ToolTap {
  private final Map<String, List<CaseResult.Call>> calls = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> chaos = new ConcurrentHashMap<>();

  List<Tool> wrap(List<Tool> tools) {
    return tools.stream().<Tool>map(Tapped::new).toList();
  }

  void chaos(String sessionId, Map<String, String> byTool) {
    chaos.put(sessionId, Map.copyOf(byTool));
  }

  List<CaseResult.Call> calls(String sessionId) {
    return List.copyOf(calls.getOrDefault(sessionId, List.of()));
  }

  void forget(String sessionId) {
    calls.remove(sessionId);
    chaos.remove(sessionId);
  }

  private final class Tapped implements Tool {
    private final Tool inner;

    Tapped(Tool inner) {
      this.inner = inner;
    }

    @Override
    public ToolSpec spec() {
      return inner.spec();
    }

    @Override
    public Set<String> piiArguments() {
      return inner.piiArguments();
    }

    @Override
    public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
      calls.computeIfAbsent(context.sessionId(), k -> new CopyOnWriteArrayList<>())
          .add(new CaseResult.Call(request.tool(), request.arguments()));
      String fault = chaos.getOrDefault(context.sessionId(), Map.of()).get(spec().name());
      if (fault == null) {
        return inner.execute(request, context);
      }
      ChaosSettings forced = fault.equals("timeout")
          ? new ChaosSettings(1, 0, Duration.ZERO) : new ChaosSettings(0, 1, Duration.ZERO);
      return new FaultyTool(inner, forced, () -> 0.0).execute(request, context);
    }

    @Override
    public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
      return inner.fallback(request, context, failure);
    }
  }
}
