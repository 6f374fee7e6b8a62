package com.shopagent.http;

import com.shopagent.tools.kb.AnswerCache;
import com.shopagent.tools.kb.ChunkEmbedder;
import com.shopagent.tools.kb.Chunker;
import com.shopagent.tools.kb.IngestReport;
import com.shopagent.tools.kb.KnowledgeBase;
import com.shopagent.tools.kb.LuceneKnowledgeBase;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.PgVectorKnowledgeBase;
import com.shopagent.tools.kb.ProgressListener;
import com.shopagent.tools.kb.RetrievalTuning;
import com.shopagent.tools.kb.source.KbSource;
import java.io.IOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the configured knowledge store (Lucene on disk or PostgreSQL + pgvector) the same way for the server and the CLI. */
public final class KnowledgeSetup {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeSetup.class);

  private KnowledgeSetup() {}

  /**
   * The store from {@code shop-agent.knowledge.store}: "lucene" is {@code <data-dir>/kb-index};
   * "pgvector" is the database of DATABASE_URL.
   *
   * @throws LuceneKnowledgeBase.IndexInUseException when another process holds the Lucene index
   */
  public static KnowledgeBase open(AgentSettings settings) throws IOException, SQLException {
    ChunkEmbedder embedder = ChunkEmbedder.allMiniLmL6V2();
    Chunker chunker = Chunker.forMiniLm();
    return switch (settings.kbStore()) {
      case "lucene" -> LuceneKnowledgeBase.open(settings.dataDir().resolve("kb-index"), embedder, chunker,
          RetrievalTuning.DEFAULT);
      case "pgvector" -> {
        if (settings.embeddedDatabase()) {
          throw new IllegalArgumentException("knowledge store 'pgvector' needs a PostgreSQL database: set DATABASE_URL");
        }
        yield PgVectorKnowledgeBase.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(),
            embedder, chunker, RetrievalTuning.DEFAULT);
      }
      default -> throw new IllegalArgumentException(
          "unknown knowledge store '" + settings.kbStore() + "' (AGENT_KB_STORE): use lucene or pgvector");
    };
  }

  /** The server's knowledge base: the configured store behind an answer cache, synced with the page folder. */
  public static KnowledgeBase openAndSync(AgentSettings settings) throws IOException, SQLException {
    KnowledgeBase kb = new AnswerCache(open(settings), AnswerCache.DEFAULT_MAX_ENTRIES);
    if (settings.kbSource() == null) {
      log.info("no knowledge folder configured; serving the index as it is ({})", kb.stats());
      return kb;
    }
    KbSource folder = KbSource.folder(settings.kbSource());
    MarkdownFolderSource.LoadResult loaded = folder.load(KbSource.FetchListener.NONE);
    loaded.problems().forEach(p -> log.warn("skipped knowledge page {}: {}", p.file(), p.reason()));
    if (loaded.documents().isEmpty()) {
      // an empty folder is far more likely a wrong path than a wish to wipe the index
      log.warn("no knowledge pages found in {}; keeping the index as it is ({})", settings.kbSource(), kb.stats());
      return kb;
    }
    IngestReport report = kb.ingest(folder.id(), loaded.documents(), ProgressListener.NONE);
    log.info("knowledge base {}: {}", settings.kbSource(), report);
    return kb;
  }
}
