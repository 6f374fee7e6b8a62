package com.shopagent.core.tooling;

import com.shopagent.core.model.Identity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tools this deployment offers, and the checks every request passes before it runs. */
public final class ToolRegistry {
  private final Map<String, Tool> tools = new LinkedHashMap<>();

  public ToolRegistry(List<Tool> tools) {
    tools.forEach(t -> this.tools.put(t.spec().name(), t));
  }

  public Optional<Tool> find(String name) {
    return Optional.ofNullable(tools.get(name));
  }

  public Set<String> names() {
    return Set.copyOf(tools.keySet());
  }

  public List<ToolSpec> specs() {
    return tools.values().stream().map(Tool::spec).toList();
  }

  /** Returns why the request must not run, or empty when it may. */
  public Optional<String> refusal(ToolRequest request, Identity identity) {
    Tool tool = tools.get(request.tool());
    if (tool == null) {
      return Optional.of("unknown tool: " + request.tool());
    }
    String scope = tool.spec().requiredScope();
    if (scope != null && !identity.has(scope)) {
      return Optional.of("missing scope " + scope);
    }
    Optional<String> schema = SchemaCheck.check(tool.spec(), request.arguments());
    return schema.isPresent() ? schema : ArgumentGuard.check(request);
  }
}
