package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.shopagent.core.policy.LearnedGuard;
import com.shopagent.http.Json;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.GuardCrossValidation;
import com.shopagent.http.eval.GuardExamples;
import com.shopagent.http.eval.GuardLayerRates;
import com.shopagent.http.eval.LogisticRegression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "guard-train", description = "Train the learned guard layer (logistic regression over MiniLM "
    + "embeddings of redacted messages), report k-fold cross-validated rates per set and layer, pick the "
    + "block threshold on them, and write the weights the agent loads.")
public final class GuardTrainCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "agent-core/src/main/resources/com/shopagent/core/policy/" + LearnedGuard.RESOURCE;

  @Mixin
  GuardSources sources;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT, description = "Where the weights go "
      + "(default ${DEFAULT-VALUE}: rebuild to ship them).")
  Path out;

  @Option(names = "--dump", paramLabel = "TSV", hidden = true, description = "Also write set, id, label, rule verdict, "
      + "out-of-fold score and vector per message (for analysis).")
  Path dump;

  @Override
  public Integer call() throws Exception {
    if (folds < 2) {
      System.err.println("--folds must be at least 2");
      return 2;
    }
    try {
      GuardExamples data = sources.prepare();
      GuardCrossValidation.Result cv = GuardCrossValidation.run(data, folds, GuardSources.MAX_FALSE_BLOCK);
      if (dump != null) {
        dump(data, cv.outOfFold());
      }
      LogisticRegression.Model m = GuardCrossValidation.fitAll(data);
      double threshold = GuardCrossValidation.keepShopTraffic(data, m, cv.threshold());
      System.out.printf("%d-fold cross-validation, %d messages, threshold %.4f (chosen on the folds %.4f)%n", folds,
          data.size(), threshold, cv.threshold());
      GuardLayerRates.print(GuardLayerRates.of(data.all(), cv.outOfFold(), threshold), System.out);
      String trainedOn = data.all().stream().map(GuardExamples.Example::set).distinct()
          .map(s -> s + " " + data.all().stream().filter(e -> e.set().equals(s)).count())
          .reduce((a, b) -> a + ", " + b).orElse("") + "; threshold from " + folds + "-fold cross-validation";
      var weights = new LearnedGuard.Weights("all-MiniLM-L6-v2", round(threshold), m.bias(), m.weights(), trainedOn);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Json.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), weights);
      System.out.println("wrote " + out);
      return 0;
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  private void dump(GuardExamples data, double[] oof) throws java.io.IOException {
    try (var w = Files.newBufferedWriter(out.resolveSibling(dump))) {
      for (int i = 0; i < data.size(); i++) {
        var e = data.all().get(i);
        StringBuilder sb = new StringBuilder(e.set() + "\t" + e.record().id() + "\t" + e.attack() + "\t" + e.ruleBlocked()
            + "\t" + oof[i]);
        for (float f : e.vector()) {
          sb.append('\t').append(f);
        }
        w.write(sb.append('\n').toString());
      }
    }
  }

  private static double round(double t) {
    return Math.round(t * 10000) / 10000.0;
  }
}
