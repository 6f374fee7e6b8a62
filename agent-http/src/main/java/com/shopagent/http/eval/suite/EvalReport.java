package com.shopagent.http.eval.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes report.json and report.html into a folder. Transcripts are what the customer and agent
 * said in the suite's own scripted sessions (no real customer data), so the report may be shared
 * with whoever reads CI results.
 */
public final class EvalReport {
  private EvalReport() {}

  public static void write(Path dir, String title, RunMetrics metrics, List<CaseResult> results) throws IOException {
    write(dir, title, "", metrics, results);
  }

  /** {@code note}: where the cases came from and who may read them, shown under the title. */
  public static void write(Path dir, String title, String note, RunMetrics metrics, List<CaseResult> results)
      throws IOException {
    Files.createDirectories(dir);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("title", title);
    root.put("note", note);
    root.set("metrics", Json.MAPPER.valueToTree(metrics));
    root.set("cases", Json.MAPPER.valueToTree(results.stream().map(EvalReport::caseJson).toList()));
    Files.writeString(dir.resolve("report.json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    Files.writeString(dir.resolve("report.html"), ReportHtml.render(title, note, metrics, results));
  }

  private static ObjectNode caseJson(CaseResult r) {
    ObjectNode c = Json.MAPPER.createObjectNode();
    c.put("suite", r.suite());
    c.put("id", r.spec().id());
    c.put("gate", r.spec().gate());
    c.put("passed", r.passed());
    c.put("tier", r.tier());
    c.set("failures", Json.MAPPER.valueToTree(r.failures()));
    c.set("turns", Json.MAPPER.valueToTree(r.turns()));
    c.set("tool_calls", Json.MAPPER.valueToTree(r.calls()));
    return c;
  }
}
