package com.shopagent.http.cli;

import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.http.eval.suite.CaseResult;
import com.shopagent.http.eval.suite.EvalAgent;
import com.shopagent.http.eval.suite.EvalReport;
import com.shopagent.http.eval.suite.RunMetrics;
import com.shopagent.http.eval.suite.Suite;
import com.shopagent.http.eval.suite.SuiteFile;
import com.shopagent.http.eval.suite.SuiteRunner;
import com.shopagent.http.eval.suite.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", subcommands = {EvalTuneCommand.class, EvalBatchCommand.class, EvalExportCommand.class}, description = "Run conversation suites in-process against the real session actors and tools; "
    + "write report.json and report.html; exit 1 when a gating case fails.")
public final class EvalCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "SUITE", description = "Suite YAML files (see docs/EVAL.md).")
  List<Path> suites;

  @Option(names = "--out", defaultValue = "eval-report", description = "Folder for report.json and report.html.")
  Path out;

  @Option(names = "--policy", description = "Escalation policy file (default: $AGENT_HOME/config/policies.yaml).")
  Path policy;

  @Option(names = "--home", description = "Agent home (default: $AGENT_HOME or the current folder).")
  Path home;

  @Option(names = "--parallel", defaultValue = "4", description = "Cases run at once.")
  int parallel;

  @Override
  public Integer call() throws Exception {
    List<Suite> loaded = new ArrayList<>();
    if (suites == null || suites.isEmpty()) {
      System.err.println("Give one or more suite files: agent eval SUITE.yaml... (or agent eval tune ...)");
      return 2;
    }
    try {
      for (Path p : suites) {
        loaded.add(SuiteFile.load(p));
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    Path agentHome = LocalAgent.home(home);
    Path policyFile = policy != null ? policy : agentHome.resolve("config/policies.yaml");
    EscalationPolicy rules;
    try {
      rules = LocalAgent.policy(policy, agentHome);
    } catch (CliInputException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    Path scratch = Files.createTempDirectory("agent-eval");
    List<CaseResult> results;
    try (EvalAgent agent = EvalAgent.start(LocalAgent.config(), agentHome, scratch, rules)) {
      System.err.println("eval: " + agent.brainName() + ", policy " + (Files.isRegularFile(policyFile) ? policyFile : "built-in"));
      ProgressBar bar = new ProgressBar("eval", "cases");
      results = new SuiteRunner(agent, agentHome.resolve("config/demo/orders/orders.json"), Math.max(1, parallel))
          .run(loaded, bar::update);
    } finally {
      deleteQuietly(scratch);
    }
    RunMetrics m = RunMetrics.of(results);
    String title = "agent eval: " + String.join(", ", loaded.stream().map(Suite::suite).toList());
    EvalReport.write(out, title, m, results);
    System.out.println(Summary.text(m, results));
    System.out.println("report: " + out.resolve("report.html").toAbsolutePath());
    return m.gateFailures() == 0 ? 0 : 1;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("could not remove scratch folder " + dir);
    }
  }
}
