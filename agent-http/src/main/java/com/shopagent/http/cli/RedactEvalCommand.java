package com.shopagent.http.cli;

import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.KeptNumbers;
import com.shopagent.http.eval.LabelledCsv;
import com.shopagent.http.eval.PresidioSamples;
import com.shopagent.http.eval.RedactionEval;
import com.shopagent.http.eval.SpanScores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "redact-eval", description = "Score the redactor on labelled PII data in presidio-research's "
    + "generated format: precision, recall and F1 per entity type, at token and span level.")
public final class RedactEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A JSON array of {full_text, spans} (e.g. generated_small.json).")
  Path file;

  @Option(names = "--bitext", paramLabel = "CSV", description = "Also redact these shop messages (Bitext CSV, column "
      + "utterance) and count how many were changed and whether their entity_value (order ids...) survived.")
  Path bitext;

  @Override
  public Integer call() {
    try {
      Redactor redactor = CliRedactor.create();
      List<PresidioSamples.Sample> samples = PresidioSamples.read(file);
      RedactionEval.Result r = RedactionEval.run(redactor, samples, n -> progress(n, samples.size()));
      System.out.printf("%s: %d sentences; scored %s; gold types not redacted, ignored (spans): %s%n",
          file.getFileName(), r.samples(), RedactionEval.SCORED, r.ignored());
      System.out.printf("%-15s | %-27s | %-27s%n", "entity type", "token level  P / R / F1", "span level  P / R / F1");
      for (String type : RedactionEval.SCORED) {
        System.out.printf("%-15s | %s | %s%n", type, cell(r.scores().tokenLevel(), type), cell(r.scores().spanLevel(), type));
      }
      if (bitext != null) {
        printBitext(redactor);
      }
      return 0;
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  private void printBitext(Redactor redactor) {
    var records = LabelledCsv.read(bitext, "utterance", "entity_value", null);
    KeptNumbers.Result k = KeptNumbers.run(redactor, records);
    System.out.printf("%s: %d shop messages, %d changed by redaction (%.2f %%); labelled values kept %d/%d%n",
        bitext.getFileName(), k.messages(), k.changed(), 100.0 * k.changed() / Math.max(1, k.messages()),
        k.numbersKept(), k.numbers());
    k.changedExamples().forEach(e -> System.out.println("  changed: " + e));
  }

  private static String cell(Map<String, SpanScores.Score> scores, String type) {
    SpanScores.Score s = scores.get(type);
    if (s.gold() == 0 && s.predicted() == 0) {
      return String.format("%-27s", "no gold, none predicted");
    }
    return String.format("%.2f / %.2f / %.2f (n=%3d)", s.precision(), s.recall(), s.f1(), s.gold());
  }

  private static void progress(int done, int total) {
    if (done % 25 == 0 || done == total) {
      System.err.print("\rscored " + done + "/" + total + (done == total ? "\n" : ""));
    }
  }
}
