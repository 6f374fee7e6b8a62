package com.shopagent.tools.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The embedded knowledge base: one on-disk Lucene index with BM25 text and HNSW vectors per chunk.
 * Searches run concurrently on the last committed state (the SearcherManager reads the directory,
 * not the writer), ingests are serialized and commit once, so a search never sees half an ingest.
 * One process at a time holds the index (Lucene's write lock): see {@link IndexInUseException}.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase, AutoCloseable {

  /** Another process (usually a running {@code agent serve}) has the index open for writing. */
  public static final class IndexInUseException extends IOException {
    IndexInUseException(Path folder, Throwable cause) {
      super("the knowledge index in " + folder + " is in use by another process (a running agent?); "
          + "stop it first: only one process at a time can hold a Lucene index", cause);
    }
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private final Directory directory;
  private final Analyzer analyzer;
  private final LexicalTuning lexical;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final HybridRetrieval retrieval;
  private final IndexIngestion ingestion;
  private final boolean rebuilt;
  private final Object writeLock = new Object();
  private volatile IndexStats stats;

  private LuceneKnowledgeBase(Directory directory, Analyzer analyzer, ChunkEmbedder embedder, Chunker chunker,
      RetrievalTuning tuning) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.lexical = tuning.lexical();
    // BM25's length norms do not depend on k1 and b, so an index opened with other values stays valid
    BM25Similarity similarity = new BM25Similarity(lexical.k1(), lexical.b());
    this.writer = new IndexWriter(directory,
        new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64).setSimilarity(similarity));
    try {
      this.rebuilt = IndexMetadata.resetIfIncompatible(writer, embedder, chunker);
      this.searchers = new SearcherManager(directory, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(similarity);
          return searcher;
        }
      });
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer); // releases the index lock
      throw e;
    }
    this.retrieval = new HybridRetrieval(embedder, tuning);
    this.ingestion = new IndexIngestion(writer, chunker, embedder);
    this.stats = withSearcher(s -> ChunkFields.stats(s.getIndexReader()));
  }

  public static LuceneKnowledgeBase open(Path folder, ChunkEmbedder embedder) throws IOException {
    return open(folder, embedder, new Chunker(), RetrievalTuning.DEFAULT);
  }

  /**
   * Opens or creates the index in {@code folder}. An index built with another embedding model or
   * chunker is emptied (see {@link #rebuiltOnOpen()}); the next ingest fills it again.
   *
   * @throws IndexInUseException when another process holds the index
   */
  public static LuceneKnowledgeBase open(Path folder, ChunkEmbedder embedder, Chunker chunker, RetrievalTuning tuning)
      throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      return new LuceneKnowledgeBase(directory, new EnglishAnalyzer(), embedder, chunker, tuning);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexInUseException(folder, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** True when the index was new, or emptied on open because it was built for another model. */
  public boolean rebuiltOnOpen() {
    return rebuilt;
  }

  @Override
  public Retrieval retrieve(String query, int topK, SearchFilter filter, SearchMode mode) {
    try {
      return withSearcher(s -> retrieval.retrieve(new LuceneChunkIndex(s, analyzer, lexical), query, topK, filter, mode));
    } catch (IOException e) {
      throw new UncheckedIOException("knowledge-base search failed", e);
    }
  }

  @Override
  public IndexStats stats() {
    return stats;
  }

  @Override
  public long version() {
    try {
      return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public IngestReport ingest(String source, List<KbDocument> docs, ProgressListener listener) {
    synchronized (writeLock) {
      if (!writer.isOpen()) {
        throw new IllegalStateException("an earlier ingest failed while writing; reopen the knowledge base");
      }
      try {
        var indexed = withSearcher(s -> ChunkFields.pagesByUrl(s.getIndexReader()));
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        IndexIngestion.Outcome done = ingestion.run(indexed, source, docs, progress);
        searchers.maybeRefreshBlocking();
        stats = withSearcher(s -> ChunkFields.stats(s.getIndexReader()));
        IngestPlan plan = done.plan();
        return new IngestReport(plan.added().size(), plan.updated().size(), plan.skipped(),
            plan.removed().size(), done.chunksWritten(), stats.chunks());
      } catch (IOException e) {
        throw new UncheckedIOException("knowledge-base ingest failed", e);
      }
    }
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      try (directory) {
        searchers.close();
        if (writer.isOpen()) {
          writer.close();
        }
      }
    }
  }
}
