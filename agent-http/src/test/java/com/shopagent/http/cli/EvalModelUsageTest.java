package com.shopagent.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import com.shopagent.http.e2e.OpenAiStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a model as the brain, the report says what a conversation cost: tokens and USD. */
class EvalModelUsageTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void should_report_tokens_and_cost_per_conversation_when_a_model_answers() throws Exception {
    Path suite = dir.resolve("small.yaml");
    Files.writeString(suite, "suite: small\ncases:\n- id: hello\n  turns: [\"Hello there\", \"Thanks!\"]\n");
    try (OpenAiStandIn model = new OpenAiStandIn(request -> OpenAiStandIn.text("Hello! How can I help you today?"))) {
      Map<String, String> llm = Map.of("shop-agent.llm.provider", "openai", "shop-agent.llm.base-url", model.baseUrl(),
          "shop-agent.llm.api-key", "test-key", "shop-agent.llm.planner-model", "gpt-4.1-mini");
      llm.forEach(System::setProperty);
      CliRun run;
      try {
        run = CliRun.run("", "eval", "--home", HOME.toString(), "--out", dir.resolve("out").toString(), suite.toString());
      } finally {
        llm.keySet().forEach(System::clearProperty);
        com.typesafe.config.ConfigFactory.invalidateCaches(); // later tests must not inherit the cached model config
      }
      assertEquals(0, run.exit(), run.out() + run.err());
      assertTrue(model.requests.size() >= 2, "the model answered both turns");
      JsonNode metrics = Json.MAPPER.readTree(dir.resolve("out/report.json").toFile()).path("metrics");
      // the stand-in reports 420 prompt + 24 completion tokens per call, priced as gpt-4.1-mini
      double tokens = metrics.path("tokensPerConversation").asDouble();
      assertEquals(444.0 * model.requests.size(), tokens, 0.001, metrics.toString());
      assertEquals(model.requests.size() * (420 * 0.40 + 24 * 1.60) / 1e6,
          metrics.path("costUsdPerConversation").asDouble(), 1e-9, metrics.toString());
      assertTrue(run.out().contains("tokens, $"), run.out());
    }
  }
}
