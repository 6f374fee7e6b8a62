package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import com.shopagent.tools.kb.ChunkEmbedder;
import com.shopagent.tools.kb.Chunker;
import com.shopagent.tools.kb.IngestReport;
import com.shopagent.tools.kb.LexicalTuning;
import com.shopagent.tools.kb.LuceneKnowledgeBase;
import com.shopagent.tools.kb.RetrievalTuning;
import com.shopagent.tools.kb.SearchMode;
import com.shopagent.tools.kb.eval.BeirDataset;
import com.shopagent.tools.kb.eval.KbEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "kb-eval", description = "Measure retrieval on a BEIR-format dataset: index its corpus, run every "
    + "judged query with bm25, vector and hybrid search, print nDCG@10, Recall@5/10, MRR@10 and latency. "
    + "Progress goes to stderr, results to stdout.")
public final class KbEvalCommand implements Callable<Integer> {

  @Option(names = "--dataset", required = true, description = "Folder with corpus.jsonl, queries.jsonl and qrels/.")
  Path dataset;

  @Option(names = "--split", defaultValue = "test", description = "Which qrels/<split>.tsv to use (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--index-dir", description = "Keep the index here (reruns then skip embedding). Default: a "
      + "temporary folder, deleted at the end.")
  Path indexDir;

  @Option(names = "--rrf-k", description = "RRF constant (default: ${DEFAULT-VALUE}).")
  int rrfK = RetrievalTuning.DEFAULT.rrfK();

  @Option(names = "--candidates", description = "Chunks each half passes to fusion (default: ${DEFAULT-VALUE}).")
  int candidates = RetrievalTuning.DEFAULT.candidates();

  @Option(names = "--lexical-weight", description = "Weight of bm25 in fusion (default: ${DEFAULT-VALUE}).")
  double lexicalWeight = RetrievalTuning.DEFAULT.lexicalWeight();

  @Option(names = "--vector-weight", description = "Weight of vectors in fusion (default: ${DEFAULT-VALUE}).")
  double vectorWeight = RetrievalTuning.DEFAULT.vectorWeight();

  @Option(names = "--bm25-k1", description = "BM25 k1 (default: ${DEFAULT-VALUE}).")
  float k1 = LexicalTuning.DEFAULT.k1();

  @Option(names = "--bm25-b", description = "BM25 b (default: ${DEFAULT-VALUE}).")
  float b = LexicalTuning.DEFAULT.b();

  @Option(names = "--title-boost", description = "Weight of a title match, text counts 1 (default: ${DEFAULT-VALUE}).")
  float titleBoost = LexicalTuning.DEFAULT.titleBoost();

  @Option(names = "--heading-boost", description = "Weight of a heading match (default: ${DEFAULT-VALUE}).")
  float headingBoost = LexicalTuning.DEFAULT.headingBoost();

  @Option(names = "--modes", split = ",", description = "Modes to run: bm25, vector, hybrid (default: all).")
  List<String> modeNames = List.of("bm25", "vector", "hybrid");

  @Override
  public Integer call() throws Exception {
    BeirDataset data;
    RetrievalTuning tuning;
    List<SearchMode> modes;
    try {
      modes = modeNames.stream().map(KbEvalCommand::mode).toList();
      tuning = new RetrievalTuning(rrfK, candidates, lexicalWeight, vectorWeight,
          new LexicalTuning(k1, b, titleBoost, headingBoost));
      data = BeirDataset.load(dataset, split);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("kb-eval: " + e.getMessage());
      return 2;
    }
    System.err.printf("%d documents, %d judged queries (%s split)%n", data.corpus().size(), data.queries().size(), split);
    Path dir = indexDir != null ? indexDir : Files.createTempDirectory("kb-eval");
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(dir, ChunkEmbedder.allMiniLmL6V2(), Chunker.forMiniLm(), tuning)) {
      ProgressBar indexing = new ProgressBar("embedding", "docs");
      long start = System.nanoTime();
      IngestReport report = kb.ingest("beir:" + dataset.getFileName(), data.corpus(),
          (done, total, url) -> indexing.update(done, total));
      System.err.printf("indexed in %.0f s: %s%n", (System.nanoTime() - start) / 1e9, report);
      Map<SearchMode, ProgressBar> bars = Map.of(
          SearchMode.BM25, new ProgressBar("queries bm25", "queries"),
          SearchMode.VECTOR, new ProgressBar("queries vector", "queries"),
          SearchMode.HYBRID, new ProgressBar("queries hybrid", "queries"));
      var results = KbEvaluation.run(kb, data, modes,
          (mode, done, total) -> bars.get(mode).update(done, total));
      System.out.println(json ? json(results) : table(results));
    } finally {
      if (indexDir == null) {
        deleteTree(dir);
      }
    }
    return 0;
  }

  private static SearchMode mode(String name) {
    try {
      return SearchMode.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown mode '" + name + "': use bm25, vector or hybrid");
    }
  }

  private static String json(Map<SearchMode, KbEvaluation.Result> results) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    results.forEach((mode, r) -> {
      ObjectNode m = root.putObject(mode.name().toLowerCase(Locale.ROOT));
      m.put("ndcg@10", round(r.metrics().ndcg10()));
      m.put("recall@5", round(r.metrics().recall5()));
      m.put("recall@10", round(r.metrics().recall10()));
      m.put("mrr@10", round(r.metrics().mrr10()));
      m.put("p50_ms", round(r.p50Ms()));
      m.put("p95_ms", round(r.p95Ms()));
    });
    return root.toString();
  }

  private static String table(Map<SearchMode, KbEvaluation.Result> results) {
    StringBuilder out = new StringBuilder(String.format("%-7s %8s %9s %10s %7s %7s %7s%n",
        "mode", "nDCG@10", "Recall@5", "Recall@10", "MRR@10", "p50 ms", "p95 ms"));
    results.forEach((mode, r) -> out.append(String.format(Locale.ROOT, "%-7s %8.4f %9.4f %10.4f %7.4f %7.1f %7.1f%n",
        mode.name().toLowerCase(Locale.ROOT), r.metrics().ndcg10(), r.metrics().recall5(), r.metrics().recall10(),
        r.metrics().mrr10(), r.p50Ms(), r.p95Ms())));
    return out.toString().stripTrailing();
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
