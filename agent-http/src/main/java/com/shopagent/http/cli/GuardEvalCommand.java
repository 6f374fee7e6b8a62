package com.shopagent.http.cli;

import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.GuardCrossValidation;
import com.shopagent.http.eval.GuardEval;
import com.shopagent.http.eval.GuardExamples;
import com.shopagent.http.eval.GuardLayerRates;
import com.shopagent.http.eval.GuardSets;
import com.shopagent.http.eval.TextRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "guard-eval", description = "Measure the prompt guard as shipped (rules, then the learned layer): "
    + "block rate on attacks and false-block rate on benign messages per labelled set, with the layer that "
    + "blocked; --folds K cross-validates the learned layer instead; --heldout adds our untouched generated set.")
public final class GuardEvalCommand implements Callable<Integer> {
  @Mixin
  GuardSources sources;

  @Option(names = "--heldout", description = "Also score our generated held-out split (templates and fillers the "
      + "training never saw).")
  boolean heldout;

  @Option(names = "--folds", paramLabel = "K", description = "Report K-fold cross-validated rates per set and layer "
      + "(the learned layer retrained K times, as guard-train does) instead of scoring the shipped weights.")
  Integer folds;

  @Option(names = "--latency", description = "Also print the time per message (redaction plus every guard layer): p50, p95, max.")
  boolean latency;

  @Option(names = "--show-errors", description = "Also list the ids of missed attacks and falsely blocked messages.")
  boolean showErrors;

  @Override
  public Integer call() {
    try {
      if (folds != null) {
        return crossValidate();
      }
      List<GuardExamples.Source> sets = new ArrayList<>(sources.read());
      sets.removeIf(s -> s.set().equals("generated-train"));
      if (heldout) {
        sets.add(new GuardExamples.Source("generated-heldout", GuardSets.generate(GuardSets.Split.HELDOUT)));
      }
      if (sets.isEmpty()) {
        System.err.println("Give at least one labelled set: --jailbreak CSV, --bitext CSV, --redteam JSONL or --heldout.");
        return 2;
      }
      CliGuard guard = new CliGuard();
      guard.check("warm up the embedding model");
      System.out.printf("%-28s | %-22s | %-22s | %s%n", "set", "block rate (attacks)", "false-block rate (benign)",
          "blocks by layer");
      for (GuardExamples.Source s : sets) {
        print(score(guard, s.set(), s.records()));
      }
      return 0;
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  private int crossValidate() {
    if (folds < 2) {
      System.err.println("--folds must be at least 2");
      return 2;
    }
    GuardExamples data = sources.prepare();
    GuardCrossValidation.Result cv = GuardCrossValidation.run(data, folds, GuardSources.MAX_FALSE_BLOCK);
    System.out.printf("%d-fold cross-validation, %d messages, threshold chosen on the folds %.4f%n", folds,
        data.size(), cv.threshold());
    GuardLayerRates.print(cv.rates(), System.out);
    return 0;
  }

  private static GuardEval.Score score(CliGuard guard, String name, List<TextRecord> records) {
    return GuardEval.run(name, records, guard::check, n -> {
      if (n % 500 == 0 || n == records.size()) {
        System.err.print("\r" + name + ": " + n + "/" + records.size() + (n == records.size() ? "\n" : ""));
      }
    });
  }

  private void print(GuardEval.Score s) {
    String blocked = s.attacks() == 0 ? "-" : String.format("%.2f %% (%d/%d)", s.blockRate(), s.attacksBlocked(), s.attacks());
    String falseBlocked = s.benign() == 0 ? "-" : String.format("%.2f %% (%d/%d)", s.falseBlockRate(), s.benignBlocked(), s.benign());
    System.out.printf("%-28s | %-22s | %-22s | %s%n", s.set(), blocked, falseBlocked, s.blocksByLayer());
    if (s.attacksByCategory().size() > 1) {
      s.attacksByCategory().forEach((category, c) ->
          System.out.printf("  %-26s | %.2f %% (%d/%d)%n", category, 100.0 * c[1] / c[0], c[1], c[0]));
    }
    if (latency) {
      long[] ns = s.nanos().clone();
      Arrays.sort(ns);
      System.out.printf("  latency per message: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d messages)%n",
          ms(ns, 0.50), ms(ns, 0.95), ns[ns.length - 1] / 1e6, ns.length);
    }
    if (showErrors) {
      s.misses().forEach(r -> System.out.println("  missed " + r.id()));
      s.falseBlocks().forEach(r -> System.out.println("  false block " + r.id()));
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
