package com.shopagent.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTuneCommandTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
  private static final Path LABELLED = HOME.resolve("config/eval/route-labelled.jsonl");

  @TempDir
  Path dir;

  @Test
  void should_propose_thresholds_meeting_the_target_without_touching_the_policy_when_tuned() throws Exception {
    Path policy = dir.resolve("policies.yaml");
    Files.copy(HOME.resolve("config/policies.yaml"), policy);
    String before = Files.readString(policy);
    CliRun run = CliRun.run("", "eval", "tune", "--target", "high=0.001,medium=0.01", "--policy", policy.toString(),
        "--out", dir.resolve("out").toString(), LABELLED.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("<- chosen"), run.out());
    Matcher high = Pattern.compile("high: proposed min_routing_confidence [0-9.]+ .*missed (\\d+)/(\\d+) = ([0-9.]+) meets")
        .matcher(run.out());
    assertTrue(high.find(), run.out());
    assertTrue(Double.parseDouble(high.group(3)) <= 0.001);
    assertTrue(Files.readString(dir.resolve("out/tune.svg")).startsWith("<svg"));
    assertTrue(Files.readString(dir.resolve("out/proposed-thresholds.yaml")).contains("min_routing_confidence"));
    assertEquals(before, Files.readString(policy), "the live policy is never edited");
  }

  @Test
  void should_say_what_is_wrong_when_the_target_is_malformed() {
    CliRun run = CliRun.run("", "eval", "tune", "--target", "high=lots", "--out", dir.toString(), LABELLED.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--target wants tier=rate pairs"), run.err());
  }
}
