package com.shopagent.http.eval.batch;

import com.shopagent.http.BrainSetup;
import com.shopagent.http.eval.BadInput;
import com.typesafe.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --judge auto|rules|llm}: a judge model when one is configured (auto), else the deterministic checks. */
public final class Judges {
  private Judges() {}

  public static Judge choose(String option, Config config, Path home, Rubric rubric) throws IOException {
    Judge reference = Judge.reference(rubric);
    if (option.equals("rules")) {
      return reference;
    }
    if (!option.equals("auto") && !option.equals("llm")) {
      throw new BadInput("--judge " + option + ": expected auto, rules or llm");
    }
    var model = BrainSetup.judgeModel(config);
    if (model.isEmpty()) {
      if (option.equals("llm")) {
        throw new BadInput("--judge llm: no model configured (shop-agent.llm.provider is none)");
      }
      return reference;
    }
    Path prompt = home.resolve(config.getString("shop-agent.llm.prompts-dir")).resolve("judge.md");
    if (!Files.isRegularFile(prompt)) {
      throw new BadInput("the judge's instructions are missing: " + prompt);
    }
    return new LlmJudge(model.get(), Files.readString(prompt), reference);
  }
}
