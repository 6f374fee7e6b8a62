package com.shopagent.http.cli;

import com.shopagent.core.brain.routing.LocalEmbeddings;
import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.eval.GuardExamples;
import com.shopagent.http.eval.GuardSets;
import com.shopagent.http.eval.JsonLines;
import com.shopagent.http.eval.LabelledCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The labelled sets {@code guard-train} learns from and {@code guard-eval --folds} cross-validates on. */
final class GuardSources {
  /** False-block budgets per set when the threshold is chosen: shop traffic (Bitext) 1 in 5,000, our 50 hard red-team shop messages 2, others 1 in 100. */
  static final Map<String, Double> MAX_FALSE_BLOCK = Map.of("bitext", 0.0002, "redteam", 0.04);

  @Option(names = "--jailbreak", paramLabel = "CSV", description = "prompt,type CSV with type jailbreak|benign.")
  Path jailbreak;

  @Option(names = "--bitext", paramLabel = "CSV", description = "Bitext customer-service CSV (column utterance); all benign.")
  Path bitext;

  @Option(names = "--redteam", paramLabel = "JSONL", description = "{\"id\",\"text\",\"label\",\"category\"} lines.")
  Path redteam;

  @Option(names = "--no-generated", description = "Leave out our generated train split (guard-templates.yaml) when training or cross-validating.")
  boolean noGenerated;

  List<GuardExamples.Source> read() {
    List<GuardExamples.Source> out = new ArrayList<>();
    if (jailbreak != null) {
      out.add(new GuardExamples.Source("jailbreak", LabelledCsv.read(jailbreak, "prompt", "type", null)));
    }
    if (bitext != null) {
      out.add(new GuardExamples.Source("bitext", LabelledCsv.read(bitext, "utterance", null, "benign")));
    }
    if (redteam != null) {
      out.add(new GuardExamples.Source("redteam", JsonLines.read(redteam)));
    }
    if (!noGenerated) {
      out.add(new GuardExamples.Source("generated-train", GuardSets.generate(GuardSets.Split.TRAIN)));
    }
    return out;
  }

  /** Redacted as in the agent, embedded with progress on stderr. */
  GuardExamples prepare() {
    List<GuardExamples.Source> sources = read();
    int total = sources.stream().mapToInt(s -> s.records().size()).sum();
    Redactor redactor = CliRedactor.create();
    GuardExamples data = GuardExamples.prepare(sources, t -> redactor.redact(t, PiiTokens.EMPTY).text(),
        LocalEmbeddings.allMiniLmL6V2(), n -> System.err.print("\rembedding " + n + "/" + total));
    System.err.println();
    return data;
  }
}
