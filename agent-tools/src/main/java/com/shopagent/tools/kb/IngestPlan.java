package com.shopagent.tools.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an ingest must do, decided from content hashes before anything is embedded or written. */
record IngestPlan(List<KbDocument> added, List<KbDocument> updated, int skipped, List<String> removed) {

  static IngestPlan of(Map<String, String> indexedHashByUrl, List<KbDocument> docs) {
    List<KbDocument> added = new ArrayList<>();
    List<KbDocument> updated = new ArrayList<>();
    int skipped = 0;
    Set<String> seen = new HashSet<>();
    for (KbDocument doc : docs) {
      if (!seen.add(doc.url())) {
        throw new IllegalArgumentException("two documents share the url " + doc.url());
      }
      String indexed = indexedHashByUrl.get(doc.url());
      if (indexed == null) {
        added.add(doc);
      } else if (!indexed.equals(doc.contentHash())) {
        updated.add(doc);
      } else {
        skipped++;
      }
    }
    List<String> removed = indexedHashByUrl.keySet().stream().filter(u -> !seen.contains(u)).sorted().toList();
    return new IngestPlan(List.copyOf(added), List.copyOf(updated), skipped, removed);
  }

  List<KbDocument> toWrite() {
    List<KbDocument> all = new ArrayList<>(added);
    all.addAll(updated);
    return all;
  }
}
