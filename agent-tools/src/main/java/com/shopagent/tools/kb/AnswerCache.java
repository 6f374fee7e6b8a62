package com.shopagent.tools.kb;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Remembers retrievals by normalised question ("Shipping  costs?" = "shipping costs"), top_k,
 * filter and mode, in front of any {@link KnowledgeBase}. The whole cache is dropped as soon as
 * the knowledge base reports a new {@link KnowledgeBase#version()}, so an answer never outlives
 * the pages it came from. Public pages only: nothing here is specific to a customer.
 */
public final class AnswerCache implements KnowledgeBase {

  public static final int DEFAULT_MAX_ENTRIES = 10_000;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

  // the version in the key: an answer computed while an ingest committed is never served after it
  private record Key(String question, int topK, SearchFilter filter, SearchMode mode, long version) {}

  private final KnowledgeBase kb;
  private final Cache<Key, Retrieval> answers;
  private final AtomicLong cachedVersion = new AtomicLong(Long.MIN_VALUE);

  public AnswerCache(KnowledgeBase kb, int maxEntries) {
    this.kb = kb;
    this.answers = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
  }

  /** Lower case, one space between words, no punctuation at either end; inner punctuation is meaning. */
  public static String normalise(String question) {
    String text = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return EDGE_PUNCTUATION.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("");
  }

  @Override
  public Retrieval retrieve(String query, int topK, SearchFilter filter, SearchMode mode) {
    String key = normalise(query);
    if (key.isEmpty()) {
      return kb.retrieve(query, topK, filter, mode); // the store decides what an empty question means
    }
    long version = kb.version();
    if (cachedVersion.getAndSet(version) != version) {
      answers.invalidateAll();
    }
    SearchFilter effective = filter == null ? SearchFilter.NONE : filter;
    return answers.get(new Key(key, topK, effective, mode, version), k -> kb.retrieve(query, topK, effective, mode));
  }

  /** Lookups answered from the cache so far. */
  public long hits() {
    return answers.stats().hitCount();
  }

  @Override
  public IndexStats stats() {
    return kb.stats();
  }

  @Override
  public long version() {
    return kb.version();
  }

  @Override
  public void close() throws java.io.IOException {
    kb.close();
  }

  @Override
  public IngestReport ingest(String source, List<KbDocument> docs, ProgressListener listener) {
    try {
      return kb.ingest(source, docs, listener);
    } finally {
      answers.invalidateAll(); // this process's own ingest: drop at once, whatever the version says
    }
  }
}
