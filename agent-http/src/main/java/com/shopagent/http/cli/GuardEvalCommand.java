package com.shopagent.http.cli;

import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.GuardEval;
import com.shopagent.http.eval.JsonLines;
import com.shopagent.http.eval.LabelledCsv;
import com.shopagent.http.eval.TextRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "guard-eval", description = "Measure the prompt guard: block rate on attacks and false-block rate "
    + "on benign messages, per labelled set.")
public final class GuardEvalCommand implements Callable<Integer> {

  @Option(names = "--jailbreak", paramLabel = "CSV", description = "prompt,type CSV with type jailbreak|benign.")
  Path jailbreak;

  @Option(names = "--bitext", paramLabel = "CSV", description = "Bitext customer-service CSV (column utterance); all benign.")
  Path bitext;

  @Option(names = "--redteam", paramLabel = "JSONL", description = "{\"id\",\"text\",\"label\":\"attack\"|\"benign\","
      + "\"category\"} lines, e.g. config/eval/redteam-guard.jsonl.")
  Path redteam;

  @Option(names = "--show-errors", description = "Also list the ids of missed attacks and falsely blocked messages.")
  boolean showErrors;

  @Override
  public Integer call() {
    if (jailbreak == null && bitext == null && redteam == null) {
      System.err.println("Give at least one labelled set: --jailbreak CSV, --bitext CSV or --redteam JSONL.");
      return 2;
    }
    try {
      CliGuard guard = new CliGuard();
      List<GuardEval.Score> scores = new ArrayList<>();
      if (jailbreak != null) {
        scores.add(score(guard, jailbreak, LabelledCsv.read(jailbreak, "prompt", "type", null)));
      }
      if (bitext != null) {
        scores.add(score(guard, bitext, LabelledCsv.read(bitext, "utterance", null, "benign")));
      }
      if (redteam != null) {
        scores.add(score(guard, redteam, JsonLines.read(redteam)));
      }
      System.out.printf("%-52s | %-22s | %-22s%n", "set", "block rate (attacks)", "false-block rate (benign)");
      scores.forEach(this::print);
      return 0;
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  private static GuardEval.Score score(CliGuard guard, Path file, List<TextRecord> records) {
    String name = file.getFileName().toString();
    return GuardEval.run(name, records, guard::check, n -> {
      if (n % 500 == 0 || n == records.size()) {
        System.err.print("\r" + name + ": " + n + "/" + records.size() + (n == records.size() ? "\n" : ""));
      }
    });
  }

  private void print(GuardEval.Score s) {
    String blocked = s.attacks() == 0 ? "-" : String.format("%.2f %% (%d/%d)", s.blockRate(), s.attacksBlocked(), s.attacks());
    String falseBlocked = s.benign() == 0 ? "-" : String.format("%.2f %% (%d/%d)", s.falseBlockRate(), s.benignBlocked(), s.benign());
    System.out.printf("%-52s | %-22s | %-22s%n", s.set(), blocked, falseBlocked);
    if (s.attacksByCategory().size() > 1) {
      s.attacksByCategory().forEach((category, c) ->
          System.out.printf("  %-50s | %.2f %% (%d/%d)%n", category, 100.0 * c[1] / c[0], c[1], c[0]));
    }
    if (showErrors) {
      s.misses().forEach(r -> System.out.println("  missed " + r.id()));
      s.falseBlocks().forEach(r -> System.out.println("  false block " + r.id()));
    }
  }
}
