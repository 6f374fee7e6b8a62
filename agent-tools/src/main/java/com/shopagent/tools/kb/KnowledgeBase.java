package com.shopagent.tools.kb;

import com.shopagent.core.model.Passage;
import java.util.List;

/** The shop's public knowledge, searchable by meaning and by words. Implementations are thread-safe. */
public interface KnowledgeBase {

  int DEFAULT_TOP_K = 5;

  /**
   * Best passages for a question, at most one per page, best first. Blocking: call it from an
   * executor meant for blocking work.
   */
  List<Passage> search(String query, int topK, SearchFilter filter);

  IndexStats stats();

  /**
   * Makes the index hold exactly {@code docs}: unchanged pages (same contentHash) are skipped,
   * changed ones replaced, pages not in {@code docs} removed. Writes are serialized.
   */
  IngestReport ingest(List<KbDocument> docs, ProgressListener listener);
}
