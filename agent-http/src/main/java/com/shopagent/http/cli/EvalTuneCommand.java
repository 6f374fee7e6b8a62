package com.shopagent.http.cli;

import com.shopagent.core.brain.routing.Routing;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.policy.RiskTier;
import com.shopagent.http.eval.LabelledMessage;
import com.shopagent.http.eval.LabelledSets;
import com.shopagent.http.eval.tune.ThresholdSearch;
import com.shopagent.http.eval.tune.TuneOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tune", description = "Search each tier's min_routing_confidence on labelled messages for the fewest "
    + "escalations meeting a target missed-escalation rate; print the trade-off table, write a chart and the proposed "
    + "thresholds for review (never changes the live policy).")
public final class EvalTuneCommand implements Callable<Integer> {

  @Option(names = "--target", required = true, description = "Missed-escalation rate per tier, e.g. high=0.001,medium=0.01.")
  String target;

  @Option(names = "--out", defaultValue = "eval-tune", description = "Folder for tune.svg and proposed-thresholds.yaml.")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "LABELLED", description = "Labelled sets: our JSONL (*.jsonl) or Bitext CSV (*.csv).")
  List<Path> files;

  @Mixin
  RoutingOptions options;

  @Override
  public Integer call() throws Exception {
    Map<RiskTier, Double> targets;
    List<LabelledMessage> rows = new ArrayList<>();
    EscalationPolicy base;
    try {
      targets = targets(target);
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new CliInputException("No such file: " + f);
        }
        rows.addAll(f.toString().endsWith(".csv") ? LabelledSets.bitext(f) : LabelledSets.jsonl(f));
      }
      base = options.loadPolicy();
    } catch (CliInputException | IllegalArgumentException | java.io.IOException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    Triage triage = Triage.create(base);
    List<Routing> routings = options.assess(new java.io.PrintWriter(System.err, true), triage,
        rows.stream().map(LabelledMessage::text).toList()).stream().map(Triage.Result::routing).toList();
    ThresholdSearch search = new ThresholdSearch(rows, routings);
    Map<RiskTier, List<ThresholdSearch.Point>> sweeps = new EnumMap<>(RiskTier.class);
    Map<RiskTier, ThresholdSearch.Choice> chosen = new EnumMap<>(RiskTier.class);
    targets.forEach((tier, t) -> {
      sweeps.put(tier, search.sweep(base, tier));
      chosen.put(tier, ThresholdSearch.choose(sweeps.get(tier), t));
    });
    Map<RiskTier, Double> values = new EnumMap<>(RiskTier.class);
    chosen.forEach((tier, c) -> values.put(tier, c.point().threshold()));
    EscalationPolicy proposed = ThresholdSearch.withThresholds(base, values);
    System.out.print(TuneOutput.table(sweeps, chosen, targets));
    targets.keySet().forEach(tier -> System.out.print(TuneOutput.check(search.measure(proposed, tier,
        values.get(tier)), base.rules(tier).minRoutingConfidence(), targets.get(tier))));
    TuneOutput.write(out, sweeps, chosen, targets);
    System.out.println("chart: " + out.resolve("tune.svg").toAbsolutePath());
    System.out.println("proposed thresholds (review, then copy into config/policies.yaml): "
        + out.resolve("proposed-thresholds.yaml").toAbsolutePath());
    return chosen.values().stream().allMatch(ThresholdSearch.Choice::meetsTarget) ? 0 : 1;
  }

  static Map<RiskTier, Double> targets(String spec) {
    Map<RiskTier, Double> out = new EnumMap<>(RiskTier.class);
    for (String part : spec.split(",")) {
      String[] kv = part.split("=", 2);
      try {
        double v = Double.parseDouble(kv[1].trim());
        if (v < 0 || v > 1) {
          throw new NumberFormatException();
        }
        out.put(RiskTier.of(kv[0]), v);
      } catch (RuntimeException e) {
        throw new CliInputException("--target wants tier=rate pairs between 0 and 1, e.g. high=0.001,medium=0.01; got "
            + part);
      }
    }
    return out;
  }
}
