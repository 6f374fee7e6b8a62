package com.shopagent.http;

import com.shopagent.core.brain.Brain;
import com.shopagent.core.brain.OfflineBrain;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.brain.llm.LlmBrain;
import com.shopagent.core.brain.llm.LlmSettings;
import com.shopagent.core.brain.llm.PromptLibrary;
import com.shopagent.core.tooling.ToolRegistry;
import com.typesafe.config.Config;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** Picks the brain from {@code shop-agent.llm}: the offline brain unless a model is configured. */
public final class BrainSetup {
  private BrainSetup() {}

  /** The brain, how to name it to the operator, and the prompt text no reply may repeat. */
  public record Chosen(Brain brain, String name, List<String> confidentialTexts) {}

  public static Chosen create(Config config, AgentSettings settings, ToolRegistry tools, Executor blocking, Triage triage)
      throws IOException {
    Config c = config.getConfig("shop-agent.llm");
    String provider = c.getString("provider");
    if (provider.equals("none")) {
      return new Chosen(new OfflineBrain(settings.contactRoute(), triage, blocking), "offline brain", List.of());
    }
    String planner = c.getString("planner-model");
    String writer = c.getString("writer-model");
    PromptLibrary prompts = PromptLibrary.load(settings.home().resolve(c.getString("prompts-dir")),
        Map.of("shop_name", settings.shopName(), "contact_route", settings.contactRoute()));
    var brain = new LlmBrain(model(provider, c, planner), writer.isBlank() ? null : model(provider, c, writer), prompts,
        tools, blocking, new LlmSettings(planner, writer, c.getInt("max-tool-rounds"), c.getDouble("writer-below-confidence")),
        triage);
    return new Chosen(brain, "LLM brain: " + planner, List.of(prompts.system(), prompts.writer()));
  }

  /**
   * The model that judges audited conversations ({@code agent eval batch}): judge-model, else the
   * writer, else the planner; empty when no provider is configured.
   */
  public static java.util.Optional<ChatModel> judgeModel(Config config) {
    Config c = config.getConfig("shop-agent.llm");
    String provider = c.getString("provider");
    if (provider.equals("none")) {
      return java.util.Optional.empty();
    }
    String name = c.hasPath("judge-model") && !c.getString("judge-model").isBlank() ? c.getString("judge-model")
        : !c.getString("writer-model").isBlank() ? c.getString("writer-model") : c.getString("planner-model");
    return java.util.Optional.of(model(provider, c, name));
  }

  private static ChatModel model(String provider, Config c, String name) {
    Duration timeout = c.getDuration("timeout");
    return switch (provider) {
      case "openai" -> OpenAiChatModel.builder()
          .baseUrl(c.getString("base-url").isBlank() ? "https://api.openai.com/v1" : c.getString("base-url"))
          .apiKey(c.getString("api-key").isBlank() ? "none" : c.getString("api-key"))
          .modelName(name).timeout(timeout).maxRetries(0).build();
      case "ollama" -> OllamaChatModel.builder()
          .baseUrl(c.getString("base-url").isBlank() ? "http://localhost:11434" : c.getString("base-url"))
          .modelName(name).timeout(timeout).maxRetries(0).build();
      default -> throw new IllegalArgumentException("shop-agent.llm.provider must be none, openai or ollama, not " + provider);
    };
  }
}
