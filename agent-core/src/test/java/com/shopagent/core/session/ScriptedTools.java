package com.shopagent.core.session;

import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Tools whose behaviour a test scripts: answer, hang, fail or throw. */
public final class ScriptedTools {
  private ScriptedTools() {}

  public static class Scripted implements Tool {
    private final ToolSpec spec;
    private final Function<ToolRequest, CompletionStage<ToolOutput>> behaviour;
    private final String fallbackText;
    public final AtomicInteger calls = new AtomicInteger();

    public Scripted(String name, String scope, Duration timeout, int attempts,
        Function<ToolRequest, CompletionStage<ToolOutput>> behaviour, String fallbackText) {
      this.spec = new ToolSpec(name, name, scope, timeout, attempts, Duration.ofMillis(50), "{}");
      this.behaviour = behaviour;
      this.fallbackText = fallbackText;
    }

    @Override
    public ToolSpec spec() {
      return spec;
    }

    @Override
    public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
      calls.incrementAndGet();
      return behaviour.apply(request);
    }

    @Override
    public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
      return CompletableFuture.completedFuture(new ToolOutput.Text(fallbackText));
    }
  }

  public static Scripted kb(Function<ToolRequest, CompletionStage<ToolOutput>> behaviour) {
    return new Scripted("read_kb", Identity.READ_KB, Duration.ofSeconds(3), 2, behaviour,
        "Our help pages are unavailable right now. Contact support@shop.example.");
  }

  public static Scripted ticketDesk(Function<ToolRequest, CompletionStage<ToolOutput>> behaviour) {
    return new Scripted("create_ticket", Identity.TICKETS_CREATE, Duration.ofSeconds(5), 2, behaviour,
        "Please email support@shop.example.");
  }

  public static CompletionStage<ToolOutput> shippingPassages(ToolRequest r) {
    return CompletableFuture.completedFuture(new ToolOutput.Passages(List.of(new Passage(
        "Standard shipping takes 3 to 5 business days within the US. Express shipping takes 1 to 2 days.",
        "/docs/shipping", "Shipping times", 0.03, true))));
  }

  public static CompletionStage<ToolOutput> ticketCreated(ToolRequest r) {
    return CompletableFuture.completedFuture(new ToolOutput.TicketCreated(
        new TicketRef("T-000001", "http://localhost/v1/tickets/T-000001", false)));
  }
}
