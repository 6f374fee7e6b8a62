package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.shopagent.core.model.Passage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

  /** Counts searches; its version moves when told to, as another process's ingest would move it. */
  private static final class CountingKb implements KnowledgeBase {
    final AtomicInteger searches = new AtomicInteger();
    final AtomicLong version = new AtomicLong();

    @Override
    public Retrieval retrieve(String query, int topK, SearchFilter filter, SearchMode mode) {
      int n = searches.incrementAndGet();
      return new Retrieval(List.of(new Passage("answer " + n, "/p", "P", 1, false)), RetrievalSignals.NOTHING);
    }

    @Override
    public IndexStats stats() {
      return new IndexStats(1, 1);
    }

    @Override
    public long version() {
      return version.get();
    }

    @Override
    public IngestReport ingest(String source, List<KbDocument> docs, ProgressListener listener) {
      version.incrementAndGet();
      return new IngestReport(docs.size(), 0, 0, 0, docs.size(), docs.size());
    }
  }

  private final CountingKb kb = new CountingKb();
  private final AnswerCache cache = new AnswerCache(kb, 100);

  @Test
  void should_answer_the_same_canonical_question_from_the_cache() {
    Retrieval first = cache.retrieve("How much is shipping?", 5, SearchFilter.NONE);

    assertSame(first, cache.retrieve("  how MUCH is   shipping ", 5, SearchFilter.NONE));
    assertSame(first, cache.retrieve("How much is shipping?!", 5, null));
    assertEquals(1, kb.searches.get());
    assertEquals(2, cache.hits());
  }

  @Test
  void should_not_share_answers_between_different_scopes_or_sizes() {
    cache.retrieve("keep warm", 5, SearchFilter.NONE);
    cache.retrieve("keep warm", 3, SearchFilter.NONE);
    cache.retrieve("keep warm", 5, SearchFilter.of("1042", false));
    cache.retrieve("keep warm", 5, SearchFilter.NONE, SearchMode.BM25);

    assertEquals(4, kb.searches.get());
  }

  @Test
  void should_drop_answers_when_the_index_changes_here_or_elsewhere() {
    Retrieval before = cache.retrieve("returns", 5, SearchFilter.NONE);
    cache.ingest(List.of(), ProgressListener.NONE);
    Retrieval afterOwnIngest = cache.retrieve("returns", 5, SearchFilter.NONE);
    kb.version.incrementAndGet(); // another process ingested into the shared store
    Retrieval afterOtherIngest = cache.retrieve("returns", 5, SearchFilter.NONE);

    assertNotSame(before, afterOwnIngest);
    assertNotSame(afterOwnIngest, afterOtherIngest);
    assertEquals(3, kb.searches.get());
  }

  @Test
  void should_normalise_case_spacing_and_edge_punctuation_only() {
    assertEquals("is it 2-4 days? or 5", AnswerCache.normalise("  Is it 2-4 DAYS?  or 5?! "));
    assertEquals("", AnswerCache.normalise(" ?! "));
  }
}
