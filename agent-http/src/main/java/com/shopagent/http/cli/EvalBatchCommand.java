package com.shopagent.http.cli;

import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.batch.BatchScore;
import com.shopagent.http.eval.batch.Conversation;
import com.shopagent.http.eval.batch.Judge;
import com.shopagent.http.eval.batch.Judges;
import com.shopagent.http.eval.batch.Rubric;
import com.shopagent.http.eval.suite.EvalReport;
import com.shopagent.http.eval.suite.Summary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "batch", description = "Score a sample of real conversations from the audit trail (Kafka topic or "
    + "journal) with the rubric: a judge model when one is configured, the deterministic checks otherwise. Writes "
    + "report.json and report.html; exit 1 when personal data shows up in the trail.")
public final class EvalBatchCommand implements Callable<Integer> {
  @Mixin
  AuditOptions audit;

  @Option(names = "--sample", defaultValue = "100", description = "Conversations to score (default ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--since", defaultValue = "7d", description = "7d, 24h, 90m, all, a date or an instant (default ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--seed", description = "Seed of the sample, to score the same conversations again (default: random, printed).")
  Long seed;

  @Option(names = "--judge", defaultValue = "auto", description = "auto (a model when one is configured), rules or llm.")
  String judge;

  @Option(names = "--policy", description = "Escalation policy the reference applies (default: $AGENT_HOME/config/policies.yaml).")
  Path policy;

  @Option(names = "--out", defaultValue = "eval-batch", description = "Folder for report.json and report.html.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try {
      if (sample < 1) {
        throw new CliInputException("--sample must be at least 1");
      }
      Instant from = AuditOptions.since(since);
      long s = seed != null ? seed : ThreadLocalRandom.current().nextLong(1_000_000);
      AuditOptions.Sampled sampled = audit.sample(from, sample, s);
      List<Conversation> picked = sampled.conversations();
      long inWindow = sampled.inWindow();
      Rubric rubric = new Rubric(Triage.create(LocalAgent.policy(policy, audit.agentHome())),
          new Redactor(audit.hashing()), List.of(audit.settings().contactRoute()));
      Judge chosen = Judges.choose(judge, audit.config(), audit.agentHome(), rubric);
      System.err.println("scoring " + picked.size() + " of " + inWindow + " conversations since " + from + " (seed " + s
          + "), judge: " + chosen.name());
      ProgressBar bar = new ProgressBar("batch", "conversations");
      BatchScore.Scored scored = new BatchScore(rubric, chosen, audit.customers()::userOf).score(picked, bar::update);
      String title = "agent eval batch: " + picked.size() + " of " + inWindow + " conversations since " + from;
      String note = "Source: " + audit.describeSource() + ". Sample seed " + s + ". Judge: " + chosen.name()
          + ". Transcripts are real conversations, redacted at the source: for the support team only.";
      EvalReport.write(out, title, note, scored.metrics(), scored.results());
      System.out.println(Summary.text(scored.metrics(), scored.results()));
      System.out.println("report: " + out.resolve("report.html").toAbsolutePath());
      return scored.metrics().gateFailures() == 0 ? 0 : 1;
    } catch (CliInputException | BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
