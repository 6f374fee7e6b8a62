package com.shopagent.http.cli;

import com.shopagent.core.brain.routing.Triage;
import com.shopagent.http.eval.LabelledMessage;
import com.shopagent.http.eval.LabelledSets;
import com.shopagent.http.eval.RouteScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "route-eval", description = "Score the router and the escalation policy on a labelled set: intent "
    + "accuracy, missed escalations on must rows and escalations on no rows, per tier.")
public final class RouteEvalCommand implements Callable<Integer> {

  @Option(names = "--bitext", description = "A CSV in the Bitext format (utterance,intent,...).")
  Path bitext;

  @Option(names = "--jsonl", description = "Our labelled JSONL ({id, text, intent, tier, escalate: must|no} per line).")
  Path jsonl;

  @Option(names = "--show-misses", description = "Also list up to N wrong rows (missed escalations first).",
      defaultValue = "0")
  int showMisses;

  @Mixin
  RoutingOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try {
      if ((bitext == null) == (jsonl == null)) {
        throw new CliInputException("Give exactly one of --bitext CSV or --jsonl FILE.");
      }
      Path file = bitext != null ? bitext : jsonl;
      if (!Files.isRegularFile(file)) {
        throw new CliInputException("No such file: " + file);
      }
      List<LabelledMessage> rows = bitext != null ? LabelledSets.bitext(file) : LabelledSets.jsonl(file);
      if (rows.isEmpty()) {
        throw new CliInputException(file + " has no labelled rows");
      }
      long started = System.nanoTime();
      Triage triage = options.triage();
      List<Triage.Result> results = options.assess(spec.commandLine().getErr(), triage, rows.stream().map(LabelledMessage::text).toList());
      RouteScore score = new RouteScore();
      for (int i = 0; i < rows.size(); i++) {
        score.add(rows.get(i), results.get(i));
      }
      spec.commandLine().getOut().print(score.report("Routing and escalation on " + file.getFileName(),
          (System.nanoTime() - started) / 1e9));
      printMisses(score);
      spec.commandLine().getOut().flush(); // print() does not flush, and Main exits right after
      return 0;
    } catch (CliInputException | IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    } catch (IOException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
  }

  private void printMisses(RouteScore score) {
    score.misses().stream()
        .sorted(Comparator.comparingInt(RouteEvalCommand::severity))
        .limit(showMisses)
        .forEach(m -> spec.commandLine().getOut().printf("%s\t%s\twant %s/%s\tgot %s escalate=%s %s\t%s%n", kind(m), m.message().id(),
            String.join("|", m.message().intents()), m.message().mustEscalate() ? "must" : "no", m.intent(),
            m.escalated(), m.reasons(), m.message().text()));
  }

  private static int severity(RouteScore.Miss m) {
    return m.message().mustEscalate() && !m.escalated() ? 0 : !m.message().mustEscalate() && m.escalated() ? 1 : 2;
  }

  private static String kind(RouteScore.Miss m) {
    return switch (severity(m)) {
      case 0 -> "MISSED";
      case 1 -> "OVER";
      default -> "INTENT";
    };
  }
}
