package com.shopagent.tools.kb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/** The write path of one ingest: chunk and embed what changed, then apply it in a single commit. */
final class IndexIngestion {

  /** What was planned and how many chunks were written. */
  record Outcome(IngestPlan plan, int chunksWritten) {}

  private final IndexWriter writer;
  private final Chunker chunker;
  private final ChunkEmbedder embedder;

  IndexIngestion(IndexWriter writer, Chunker chunker, ChunkEmbedder embedder) {
    this.writer = writer;
    this.chunker = chunker;
    this.embedder = embedder;
  }

  /** Callers serialize runs; the writer is closed (rolled back) if writing fails. */
  Outcome run(Map<String, IngestPlan.Indexed> indexed, String source, List<KbDocument> docs,
      ProgressListener listener) throws IOException {
    IngestPlan plan = IngestPlan.of(indexed, source, docs);
    if (plan.changesNothing()) {
      return new Outcome(plan, 0); // no commit: the index (and every answer cached on it) stays valid
    }
    // Embed everything first: a model failure then leaves the index exactly as it was.
    Map<String, List<Document>> prepared = prepare(plan.toWrite(), source, listener);
    return new Outcome(plan, write(plan.removed(), prepared));
  }

  private Map<String, List<Document>> prepare(List<KbDocument> docs, String source, ProgressListener listener) {
    Map<String, List<Document>> prepared = new LinkedHashMap<>();
    for (KbDocument doc : docs) {
      List<Chunk> chunks = chunker.chunk(doc);
      List<float[]> vectors = embedder.embedChunks(chunks);
      List<Document> luceneDocs = new ArrayList<>(chunks.size());
      for (int i = 0; i < chunks.size(); i++) {
        luceneDocs.add(ChunkFields.toDocument(chunks.get(i), doc.contentHash(), source, vectors.get(i)));
      }
      prepared.put(doc.url(), luceneDocs);
      listener.embedded(prepared.size(), docs.size(), doc.url());
    }
    return prepared;
  }

  /** One commit for the whole ingest; a failed half is rolled back so no later commit can publish it. */
  private int write(List<String> removed, Map<String, List<Document>> prepared) throws IOException {
    int written = 0;
    try {
      for (String url : removed) {
        writer.deleteDocuments(new Term(ChunkFields.URL, url));
      }
      for (var page : prepared.entrySet()) {
        writer.updateDocuments(new Term(ChunkFields.URL, page.getKey()), page.getValue());
        written += page.getValue().size();
      }
      writer.commit();
    } catch (IOException | RuntimeException e) {
      writer.rollback(); // closes the writer; searches keep serving the last commit
      throw e;
    }
    return written;
  }
}
