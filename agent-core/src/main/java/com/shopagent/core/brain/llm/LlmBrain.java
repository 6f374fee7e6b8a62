package com.shopagent.core.brain.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.brain.Brain;
import com.shopagent.core.brain.BrainStep;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.TurnContext;
import com.shopagent.core.brain.Usage;
import com.shopagent.core.metrics.AgentMetrics;
import com.shopagent.core.tooling.ToolRegistry;
import com.shopagent.core.tooling.ToolRequest;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The LLM brain, driven step by step by the session actor through LangChain4j's low-level tool
 * API (never an auto-executing AI service): each step either asks for tool calls, which the
 * orchestrator validates and runs in child actors, or answers. A small model plans; a larger one
 * rewrites the answer when confidence is below the threshold.
 */
public final class LlmBrain implements Brain {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ChatModel planner;
  private final ChatModel writer;
  private final PromptLibrary prompts;
  private final ToolRegistry tools;
  private final Executor executor;
  private final LlmSettings settings;
  private final com.shopagent.core.brain.routing.Triage triage;

  /** @param writer the larger model, or null to let the planner's answer stand */
  public LlmBrain(ChatModel planner, ChatModel writer, PromptLibrary prompts, ToolRegistry tools, Executor executor,
      LlmSettings settings) {
    this(planner, writer, prompts, tools, executor, settings, null);
  }

  /** @param triage the escalation policy every answer passes (null: the model's self-check only) */
  public LlmBrain(ChatModel planner, ChatModel writer, PromptLibrary prompts, ToolRegistry tools, Executor executor,
      LlmSettings settings, com.shopagent.core.brain.routing.Triage triage) {
    this.triage = triage;
    this.planner = planner;
    this.writer = writer;
    this.prompts = prompts;
    this.tools = tools;
    this.executor = executor;
    this.settings = settings;
  }

  @Override
  public CompletionStage<BrainStep> next(TurnContext ctx) {
    return CompletableFuture.supplyAsync(() -> step(ctx), executor);
  }

  private BrainStep step(TurnContext ctx) {
    List<ChatMessage> messages = Conversation.of(prompts.system(), ctx);
    ChatRequest.Builder request = ChatRequest.builder().messages(messages);
    if (ctx.round() < settings.maxToolRounds()) {
      request.toolSpecifications(specs(ctx));
    }
    String step = ctx.round() == 0 ? "plan" : "finalize";
    long started = System.nanoTime();
    ChatResponse response = metered(planner, request.build(), step, started);
    Usage usage = usageOf(response, settings.plannerModel());
    if (response.aiMessage().hasToolExecutionRequests()) {
      AgentMetrics.llmCall(step, "ok", elapsedMs(started));
      return new BrainStep.UseTools(requests(response.aiMessage().toolExecutionRequests()), usage);
    }
    String text = response.aiMessage().text();
    if (text == null || text.isBlank()) {
      AgentMetrics.llmCall(step, "malformed", elapsedMs(started));
      throw new MalformedModelOutput("the model answered with neither text nor tool calls");
    }
    AgentMetrics.llmCall(step, "ok", elapsedMs(started));
    Reply draft = ReplyAssessor.assess(ctx, text.strip());
    if (writer != null && draft.confidence() < settings.writerBelowConfidence()) {
      List<ChatMessage> rewrite = new ArrayList<>(messages);
      rewrite.set(0, SystemMessage.from(prompts.writer()));
      long writeStarted = System.nanoTime();
      ChatResponse better = metered(writer, ChatRequest.builder().messages(rewrite).build(), "write", writeStarted);
      AgentMetrics.llmCall("write", "ok", elapsedMs(writeStarted));
      usage = usage.plus(usageOf(better, settings.writerModel()));
      if (better.aiMessage().text() != null && !better.aiMessage().text().isBlank()) {
        draft = ReplyAssessor.assess(ctx, better.aiMessage().text().strip());
      }
    }
    return new BrainStep.Respond(triage == null ? draft : PolicyCheck.apply(triage, ctx, draft), usage);
  }

  /** The call itself; a call that throws (outage, timeout, refusal) is counted as an error here. */
  private static ChatResponse metered(ChatModel model, ChatRequest request, String step, long started) {
    try {
      return model.chat(request);
    } catch (RuntimeException e) {
      AgentMetrics.llmCall(step, "error", elapsedMs(started));
      throw e;
    }
  }

  private static long elapsedMs(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  private List<ToolSpecification> specs(TurnContext ctx) {
    return tools.specs().stream().filter(s -> ctx.tools().contains(s.name())).map(ToolSpecifications::of).toList();
  }

  /**
   * Model arguments become strings for the orchestrator's checks. Arguments that are not a JSON
   * object are passed on as they are under "_raw", which no schema allows: the call is refused
   * and the model is told why.
   */
  static List<ToolRequest> requests(List<ToolExecutionRequest> calls) {
    List<ToolRequest> out = new ArrayList<>();
    int n = 0;
    for (ToolExecutionRequest call : calls) {
      String id = call.id() == null || call.id().isBlank() ? "call-" + (++n) : call.id();
      out.add(new ToolRequest(id, call.name() == null ? "" : call.name(), arguments(call.arguments())));
    }
    return out;
  }

  private static Map<String, String> arguments(String raw) {
    Map<String, String> args = new LinkedHashMap<>();
    try {
      JsonNode node = JSON.readTree(raw == null || raw.isBlank() ? "{}" : raw);
      if (!node.isObject()) {
        return Map.of("_raw", String.valueOf(raw));
      }
      node.fields().forEachRemaining(f -> {
        if (!f.getValue().isNull()) {
          args.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
        }
      });
      return args;
    } catch (java.io.IOException e) {
      return Map.of("_raw", String.valueOf(raw));
    }
  }

  private static Usage usageOf(ChatResponse response, String model) {
    var t = response.tokenUsage();
    Usage u = t == null ? new Usage(model, 0, 0) : new Usage(model,
        t.inputTokenCount() == null ? 0 : t.inputTokenCount(), t.outputTokenCount() == null ? 0 : t.outputTokenCount());
    AgentMetrics.llmTokens(model, u.inputTokens(), u.outputTokens());
    return u;
  }

  /** The model's output could not be used at all: treated like an outage by the session. */
  public static final class MalformedModelOutput extends RuntimeException {
    MalformedModelOutput(String message) {
      super(message);
    }
  }
}
