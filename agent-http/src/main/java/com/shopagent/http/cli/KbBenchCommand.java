package com.shopagent.http.cli;

import com.shopagent.tools.kb.ChunkEmbedder;
import com.shopagent.tools.kb.Chunker;
import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.KnowledgeBase;
import com.shopagent.tools.kb.LuceneKnowledgeBase;
import com.shopagent.tools.kb.PgVectorKnowledgeBase;
import com.shopagent.tools.kb.RetrievalTuning;
import com.shopagent.tools.kb.SearchFilter;
import com.shopagent.tools.kb.eval.KbEvaluation;
import com.shopagent.tools.kb.eval.SyntheticCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "kb-bench", description = "Measure knowledge-store ingestion throughput (chunks/s) and hybrid query latency "
    + "(p50/p95) on synthetic chunks with random unit vectors (no model in the loop), plus MiniLM's own embedding "
    + "speed on a sample. Progress on stderr, one result line per store and size on stdout.")
public final class KbBenchCommand implements Callable<Integer> {

  @Option(names = "--store", split = ",", defaultValue = "lucene", description = "lucene, pgvector or both (default: ${DEFAULT-VALUE}).")
  List<String> stores;

  @Option(names = "--chunks", split = ",", defaultValue = "10000", description = "Sizes to measure, e.g. 10000,100000.")
  List<Integer> sizes;

  @Option(names = "--queries", defaultValue = "300", description = "Queries per measurement (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--pg-url", description = "A PostgreSQL database with pgvector for --store pgvector; its kb_* tables are replaced.")
  String pgUrl;

  @Option(names = "--pg-user", defaultValue = "postgres")
  String pgUser;

  @Option(names = "--pg-password", defaultValue = "")
  String pgPassword;

  @Option(names = "--model-sample", defaultValue = "500", description = "Chunks embedded with MiniLM to time the model (0: skip).")
  int modelSample;

  @Override
  public Integer call() throws Exception {
    if (stores.contains("pgvector") && pgUrl == null) {
      System.err.println("kb-bench: --store pgvector needs --pg-url jdbc:postgresql://host:5432/db (a scratch database)");
      return 2;
    }
    if (modelSample > 0) {
      measureModel();
    }
    ChunkEmbedder vectors = SyntheticCorpus.randomVectors(384);
    for (String store : stores) {
      for (int size : sizes) {
        List<KbDocument> pages = SyntheticCorpus.pages(size, 42);
        Path dir = Files.createTempDirectory("kb-bench");
        try (KnowledgeBase kb = open(store, dir, vectors, size)) {
          ProgressBar bar = new ProgressBar(store + " " + size, "chunks");
          long start = System.nanoTime();
          var report = kb.ingest("bench", pages, (done, total, url) -> bar.update(done, total));
          double seconds = (System.nanoTime() - start) / 1e9;
          double[] millis = queryLatencies(kb);
          System.out.printf("%-8s chunks=%d ingest=%.1fs (%.0f chunks/s) hybrid query p50=%.1fms p95=%.1fms%n", store,
              report.chunksTotal(), seconds, report.chunksWritten() / seconds, KbEvaluation.percentile(millis, 50),
              KbEvaluation.percentile(millis, 95));
        } finally {
          KbEvalCommand.deleteTree(dir);
        }
      }
    }
    return 0;
  }

  private KnowledgeBase open(String store, Path dir, ChunkEmbedder vectors, int size) throws Exception {
    Chunker chunker = new Chunker(); // word-count estimate: the tokenizer is not what is measured here
    return switch (store) {
      case "lucene" -> LuceneKnowledgeBase.open(dir, vectors, chunker, RetrievalTuning.DEFAULT);
      case "pgvector" -> {
        // each size starts empty, as the Lucene runs do in a new folder
        try (var c = java.sql.DriverManager.getConnection(pgUrl, pgUser, pgPassword); var s = c.createStatement()) {
          s.execute("DROP TABLE IF EXISTS kb_chunks, kb_pages, kb_meta");
        }
        yield PgVectorKnowledgeBase.open(pgUrl, pgUser, pgPassword, vectors, chunker, RetrievalTuning.DEFAULT);
      }
      default -> throw new IllegalArgumentException("unknown store " + store + ": use lucene or pgvector");
    };
  }

  private double[] queryLatencies(KnowledgeBase kb) {
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      kb.search(SyntheticCorpus.query(random), 5, SearchFilter.NONE); // warm-up
    }
    double[] millis = new double[queries];
    for (int i = 0; i < queries; i++) {
      String q = SyntheticCorpus.query(random);
      long start = System.nanoTime();
      kb.search(q, 5, SearchFilter.NONE);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return millis;
  }

  private void measureModel() {
    ChunkEmbedder miniLm = ChunkEmbedder.allMiniLmL6V2();
    List<KbDocument> sample = SyntheticCorpus.pages(modelSample, 1);
    Chunker chunker = Chunker.forMiniLm();
    var chunks = sample.stream().flatMap(d -> chunker.chunk(d).stream()).toList();
    miniLm.embedQuery("warm up");
    long start = System.nanoTime();
    miniLm.embedChunks(chunks);
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] millis = new double[50];
    Random random = new Random(3);
    for (int i = 0; i < millis.length; i++) {
      long t = System.nanoTime();
      miniLm.embedQuery(SyntheticCorpus.query(random));
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    System.out.printf("minilm   chunks=%d embed=%.1fs (%.1f chunks/s) query embedding p50=%.1fms p95=%.1fms%n",
        chunks.size(), seconds, chunks.size() / seconds, KbEvaluation.percentile(millis, 50),
        KbEvaluation.percentile(millis, 95));
  }
}
