package com.shopagent.http;

import com.shopagent.tools.kb.ChunkEmbedder;
import com.shopagent.tools.kb.IngestReport;
import com.shopagent.tools.kb.LuceneKnowledgeBase;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the on-disk knowledge index and brings it up to date with the configured page folder. */
final class KnowledgeSetup {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeSetup.class);

  private KnowledgeSetup() {}

  static LuceneKnowledgeBase open(Path indexDir, Path source) throws IOException {
    LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(indexDir, ChunkEmbedder.allMiniLmL6V2());
    MarkdownFolderSource.LoadResult loaded = new MarkdownFolderSource(source).load();
    loaded.problems().forEach(p -> log.warn("skipped knowledge page {}: {}", p.file(), p.reason()));
    if (loaded.documents().isEmpty()) {
      // an empty folder is far more likely a wrong path than a wish to wipe the index
      log.warn("no knowledge pages found in {}; keeping the index as it is ({})", source, kb.stats());
      return kb;
    }
    IngestReport report = kb.ingest(loaded.documents(), ProgressListener.NONE);
    log.info("knowledge base {}: {}", source, report);
    return kb;
  }
}
