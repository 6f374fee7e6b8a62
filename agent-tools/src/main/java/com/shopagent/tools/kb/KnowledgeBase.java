package com.shopagent.tools.kb;

import com.shopagent.core.model.Passage;
import java.io.IOException;
import java.util.List;

/**
 * The shop's public knowledge, searchable by meaning and by words. Implementations are thread-safe
 * and blocking: call them from an executor meant for blocking work.
 */
public interface KnowledgeBase extends AutoCloseable {

  int DEFAULT_TOP_K = 5;
  /** The source of pages ingested without naming one. */
  String DEFAULT_SOURCE = "default";

  /** Best passages for a question, at most one per page, best first, with the signals that judge them. */
  Retrieval retrieve(String query, int topK, SearchFilter filter, SearchMode mode);

  default Retrieval retrieve(String query, int topK, SearchFilter filter) {
    return retrieve(query, topK, filter, SearchMode.HYBRID);
  }

  default List<Passage> search(String query, int topK, SearchFilter filter) {
    return retrieve(query, topK, filter).passages();
  }

  IndexStats stats();

  /**
   * Changes whenever the searchable content changes (and only then, as far as the store can tell),
   * also when another process changed it; answers cached under one version are stale under another.
   */
  long version();

  /**
   * Makes the index hold exactly {@code docs} for {@code source}: unchanged pages (same
   * contentHash) are skipped, changed ones replaced, pages of that source not in {@code docs}
   * removed. Pages of other sources are left alone. Writes are serialized.
   */
  IngestReport ingest(String source, List<KbDocument> docs, ProgressListener listener);

  default IngestReport ingest(List<KbDocument> docs, ProgressListener listener) {
    return ingest(DEFAULT_SOURCE, docs, listener);
  }

  /** Releases files, locks and connections; the default holds none. */
  @Override
  default void close() throws IOException {}
}
