package com.shopagent.http.eval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.e2e.OpenAiStandIn;
import com.shopagent.http.eval.BadInput;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The judge model through LangChain4j's real OpenAI client, against a local chat-completions stand-in. */
class LlmJudgeTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static Rubric rubric;

  @BeforeAll
  static void reference() {
    rubric = new Rubric(Triage.create(EscalationPolicy.load(HOME.resolve("config/policies.yaml"))),
        new Redactor(new Hashing("k")), List.of("support@juniperpine.example"));
  }

  private static Config llm(String baseUrl) {
    return ConfigFactory.parseMap(Map.of("shop-agent.llm.provider", "openai", "shop-agent.llm.base-url", baseUrl,
        "shop-agent.llm.api-key", "test-key")).withFallback(ConfigFactory.load()).resolve();
  }

  @Test
  void should_take_the_judges_verdict_and_send_it_only_the_redacted_trail() throws Exception {
    String verdict = "Here you go: {\"turns\":[{\"n\":1,\"intent\":\"refund\",\"tier\":\"high\",\"must_escalate\":true,"
        + "\"accurate\":false,\"citations_ok\":true,\"actions_ok\":true,\"note\":\"promises a refund date nobody set\"}]}";
    try (OpenAiStandIn model = new OpenAiStandIn(request -> OpenAiStandIn.text(verdict))) {
      Judge judge = Judges.choose("auto", llm(model.baseUrl()), HOME, rubric);
      List<JsonNode> events = Trails.turn("s1", "t1", T0, "I'm <EMAIL_1>, where is my money back?",
          Trails.answer("It will be back on Friday.", "refund", "low"));

      BatchScore.Scored s = new BatchScore(rubric, judge, h -> "guest").score(AuditTrail.assemble(events), (a, b) -> {});

      List<String> failures = s.results().get(0).failures();
      assertTrue(failures.contains("turn 1: judged inaccurate: promises a refund date nobody set"), failures.toString());
      assertTrue(failures.stream().anyMatch(f -> f.contains("missed escalation: high tier refund")), failures.toString());
      assertEquals(1, s.metrics().tiers().get("high").missed());
      assertEquals(1, model.requests.size());
      String sent = model.requests.get(0).toString();
      assertTrue(sent.contains("<EMAIL_1>") && sent.contains("It will be back on Friday."), sent);
      assertTrue(model.requests.get(0).path("messages").get(0).path("content").asText().contains("must_escalate"),
          "the judge's instructions come from config/prompts/judge.md");
    }
  }

  @Test
  void should_fall_back_to_the_deterministic_checks_when_the_judge_fails_or_answers_out_of_shape() throws Exception {
    List<String> answers = new ArrayList<>(List.of("I think it is fine.", "error"));
    try (OpenAiStandIn model = new OpenAiStandIn(request -> answers.remove(0).equals("error")
        ? OpenAiStandIn.serverError() : OpenAiStandIn.text("I think it is fine."))) {
      Judge judge = Judges.choose("llm", llm(model.baseUrl()), HOME, rubric);
      List<JsonNode> events = new ArrayList<>(Trails.turn("a", "t1", T0, "I want to talk to a human now",
          Trails.answer("Sure, what's up?", "human", "low")));
      events.addAll(Trails.turn("b", "t2", T0.plusSeconds(1), "I want to talk to a human now",
          Trails.answer("Sure, what's up?", "human", "low")));

      BatchScore.Scored s = new BatchScore(rubric, judge, h -> "guest").score(AuditTrail.assemble(events), (a, b) -> {});

      assertEquals(2, s.results().size(), "the batch went on");
      s.results().forEach(r -> assertTrue(r.failures().stream().anyMatch(f -> f.contains("missed escalation")),
          r.failures().toString()));
      assertTrue(judge.name().contains("2 conversation(s) fell back"), judge.name());
    }
  }

  @Test
  void should_refuse_an_llm_judge_when_no_model_is_configured() throws Exception {
    assertThrows(BadInput.class, () -> Judges.choose("llm", ConfigFactory.load(), HOME, rubric));
    assertFalse(Judges.choose("auto", ConfigFactory.load(), HOME, rubric).name().contains("model"));
  }
}
