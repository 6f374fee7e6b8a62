package com.shopagent.tools.kb;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.Bits;

/** How a chunk is laid out as a Lucene document, one document per chunk. */
final class ChunkFields {

  static final String ID = "id";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String HEADING = "heading";
  static final String TEXT = "text";
  static final String TAG = "tag";
  static final String TAGS_STORED = "tags";
  static final String HAS_PRODUCT = "has_product";
  static final String POLICY = "policy";
  static final String DOC_HASH = "doc_hash";
  static final String SOURCE = "source";
  static final String VECTOR = "vector";

  private ChunkFields() {}

  static Document toDocument(Chunk chunk, String docHash, String source, float[] vector) {
    Document doc = new Document();
    doc.add(new StringField(ID, chunk.id(), Field.Store.YES));
    doc.add(new StringField(URL, chunk.url(), Field.Store.YES));
    doc.add(new TextField(TITLE, chunk.title(), Field.Store.YES));
    doc.add(new TextField(HEADING, chunk.headingPath(), Field.Store.YES));
    doc.add(new TextField(TEXT, chunk.text(), Field.Store.YES));
    chunk.tags().forEach(tag -> doc.add(new StringField(TAG, tag, Field.Store.NO)));
    doc.add(new StoredField(TAGS_STORED, String.join("\n", chunk.tags())));
    boolean hasProduct = chunk.tags().stream().anyMatch(t -> t.startsWith(SearchFilter.PRODUCT_PREFIX));
    doc.add(new StringField(HAS_PRODUCT, Boolean.toString(hasProduct), Field.Store.NO));
    doc.add(new StringField(POLICY, Boolean.toString(chunk.policy()), Field.Store.YES));
    doc.add(new StoredField(DOC_HASH, docHash));
    doc.add(new StringField(SOURCE, source, Field.Store.YES));
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
    return doc;
  }

  static Candidate toCandidate(Document stored) {
    return new Candidate(stored.get(ID), stored.get(URL), stored.get(TITLE), stored.get(TEXT), tags(stored),
        Boolean.parseBoolean(stored.get(POLICY)));
  }

  static List<String> tags(Document stored) {
    String joined = stored.get(TAGS_STORED);
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
  }

  /** url → content hash and source of every page in the index; a full scan, fine for shop-sized corpora. */
  static Map<String, IngestPlan.Indexed> pagesByUrl(IndexReader reader) throws IOException {
    Map<String, IngestPlan.Indexed> pages = new HashMap<>();
    forEachLive(reader, d -> pages.put(d.get(URL), new IngestPlan.Indexed(d.get(DOC_HASH), d.get(SOURCE))),
        Set.of(URL, DOC_HASH, SOURCE));
    return pages;
  }

  static IndexStats stats(IndexReader reader) throws IOException {
    Set<String> urls = new HashSet<>();
    forEachLive(reader, d -> urls.add(d.get(URL)), Set.of(URL));
    return new IndexStats(urls.size(), reader.numDocs());
  }

  private interface StoredDocConsumer {
    void accept(Document doc);
  }

  private static void forEachLive(IndexReader reader, StoredDocConsumer consumer, Set<String> fields)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live == null || live.get(i)) {
          consumer.accept(stored.document(i, fields));
        }
      }
    }
  }
}
