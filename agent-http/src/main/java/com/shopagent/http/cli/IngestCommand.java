package com.shopagent.http.cli;

import com.shopagent.http.AgentSettings;
import com.shopagent.http.KnowledgeSetup;
import com.shopagent.tools.kb.IngestReport;
import com.shopagent.tools.kb.KnowledgeBase;
import com.shopagent.tools.kb.LuceneKnowledgeBase;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.source.KbSource;
import com.shopagent.tools.kb.source.SourceSpec;
import com.shopagent.tools.kb.source.WebSource;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
    "Bring the knowledge base up to date with one or more sources, into the store the server uses "
        + "(knowledge.store: <data-dir>/kb-index, or PostgreSQL + pgvector). Unchanged pages are skipped, changed "
        + "ones replaced, pages a source no longer has removed; pages of other sources are left alone.",
    "SOURCE is one of: a folder (Markdown, HTML, text); a file listing URLs, one per line; an http(s) URL "
        + "ending in .xml (a sitemap; same host only, robots.txt obeyed); wordpress:https://shop.example (pages "
        + "and posts over the WordPress REST API); woocommerce:https://shop.example (products over the Store API).",
    "The Lucene store can be written by one process at a time: stop a running server first (pgvector: no need)."})
public final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "What to ingest.")
  List<String> sources;

  @Option(names = "--home", description = "Folder relative paths are resolved from. Default: AGENT_HOME or the current folder.")
  Path home;

  @Option(names = "--data-dir", description = "The data dir of the embedded default (overrides AGENT_DATA_DIR).")
  String dataDir;

  @Option(names = "--delay-ms", defaultValue = "500", description = "Pause between two requests to one host (default: ${DEFAULT-VALUE}).")
  long delayMs;

  @Option(names = "--concurrency", defaultValue = "2", description = "Requests in flight at most (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Override
  public Integer call() throws Exception {
    if (dataDir != null) {
      System.setProperty("shop-agent.data-dir", dataDir);
    }
    ConfigFactory.invalidateCaches();
    Path root = (home != null ? home : Path.of(System.getenv().getOrDefault("AGENT_HOME", "."))).toAbsolutePath().normalize();
    AgentSettings settings = AgentSettings.from(ConfigFactory.load(), root);
    WebSource.Settings web = new WebSource.Settings(concurrency, Duration.ofMillis(delayMs), Duration.ofSeconds(20), 5_000);
    List<KbSource> parsed = new ArrayList<>();
    for (String spec : sources) {
      try {
        parsed.add(SourceSpec.parse(spec, root, web));
      } catch (IllegalArgumentException e) {
        System.err.println("ingest: " + spec + ": " + e.getMessage());
        return 2;
      }
    }
    try (KnowledgeBase kb = KnowledgeSetup.open(settings)) {
      int failed = 0;
      for (KbSource source : parsed) {
        failed += ingest(kb, source) ? 0 : 1;
      }
      System.out.println("index: " + kb.stats().documents() + " pages, " + kb.stats().chunks() + " chunks");
      return failed == 0 ? 0 : 1;
    } catch (LuceneKnowledgeBase.IndexInUseException e) {
      System.err.println("ingest: " + e.getMessage());
      return 3;
    } catch (SQLException | IllegalArgumentException e) {
      System.err.println("ingest: cannot open the knowledge store: " + e.getMessage());
      return 3;
    }
  }

  /** @return false when the source gave nothing at all: its pages are then kept, not wiped */
  private static boolean ingest(KnowledgeBase kb, KbSource source) {
    System.err.println("reading " + source.id());
    ProgressBar fetching = new ProgressBar("fetching", "");
    MarkdownFolderSource.LoadResult loaded = source.load((done, total, what) -> fetching.update(done, total));
    loaded.problems().forEach(p -> System.err.println("  skipped " + p.file() + ": " + p.reason()));
    if (loaded.documents().isEmpty()) {
      System.out.println(source.id() + ": no pages could be read (" + loaded.problems().size()
          + " problems); its pages in the index are kept as they were");
      return false;
    }
    ProgressBar embedding = new ProgressBar("embedding", "pages");
    IngestReport r = kb.ingest(source.id(), loaded.documents(), (done, total, url) -> embedding.update(done, total));
    System.out.printf("%s: %d pages: %d added, %d updated, %d skipped (unchanged), %d removed; %d chunks written; "
            + "%d pages skipped with problems%n", source.id(), loaded.documents().size(), r.added(), r.updated(),
        r.skipped(), r.removed(), r.chunksWritten(), loaded.problems().size());
    return true;
  }
}
