package com.shopagent.core.tooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tool with faults injected by configuration ({@link ChaosSettings}), so operators and the
 * chaos tests can rehearse outages through the real orchestrator. Only {@code execute} is
 * faulty: the fallback is the documented answer under test and runs untouched.
 */
public final class FaultyTool implements Tool {
  private static final Logger log = LoggerFactory.getLogger(FaultyTool.class);

  /** The failure an injected error raises, so logs never mistake it for a real outage. */
  public static final class InjectedFault extends RuntimeException {
    InjectedFault(String tool) {
      super("chaos: injected error in " + tool);
    }
  }

  private final Tool inner;
  private final ChaosSettings chaos;
  private final DoubleSupplier dice;

  public FaultyTool(Tool inner, ChaosSettings chaos, DoubleSupplier dice) {
    this.inner = inner;
    this.chaos = chaos;
    this.dice = dice;
  }

  /** Wraps each tool that has active chaos settings, and says so loudly: never on by accident. */
  public static List<Tool> wrap(List<Tool> tools, Map<String, ChaosSettings> chaos) {
    List<Tool> out = new ArrayList<>();
    for (Tool tool : tools) {
      ChaosSettings c = chaos.getOrDefault(tool.spec().name(), ChaosSettings.OFF);
      if (c.active()) {
        log.warn("CHAOS ON for tool {}: timeout-rate={} error-rate={} latency={} (unset shop-agent.chaos.{} to turn off)",
            tool.spec().name(), c.timeoutRate(), c.errorRate(), c.latency(), tool.spec().name());
        out.add(new FaultyTool(tool, c, () -> ThreadLocalRandom.current().nextDouble()));
      } else {
        out.add(tool);
      }
    }
    chaos.keySet().stream()
        .filter(name -> tools.stream().noneMatch(t -> t.spec().name().equals(name)))
        .forEach(name -> log.warn("chaos settings for unknown tool {} are ignored", name));
    return List.copyOf(out);
  }

  @Override
  public ToolSpec spec() {
    return inner.spec();
  }

  @Override
  public java.util.Set<String> piiArguments() {
    return inner.piiArguments();
  }

  @Override
  public boolean piiTokensOnly() {
    return inner.piiTokensOnly();
  }

  @Override
  public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
    double roll = dice.getAsDouble();
    CompletableFuture<Void> delay = chaos.latency().isZero()
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.runAsync(() -> { },
            CompletableFuture.delayedExecutor(chaos.latency().toMillis(), TimeUnit.MILLISECONDS));
    if (roll < chaos.timeoutRate() + chaos.errorRate()) {
      boolean hang = roll < chaos.timeoutRate();
      try (var fields = com.shopagent.core.LogFields.turn(context.sessionId(), context.turnId())) {
        log.warn("chaos: {} call {} made to {}", spec().name(), request.requestId(), hang ? "hang" : "fail");
      }
      return hang ? new CompletableFuture<>() // never answers: the orchestrator's timeout must fire
          : delay.thenCompose(x -> CompletableFuture.failedFuture(new InjectedFault(spec().name())));
    }
    return delay.thenCompose(x -> inner.execute(request, context));
  }

  @Override
  public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
    return inner.fallback(request, context, failure);
  }
}
