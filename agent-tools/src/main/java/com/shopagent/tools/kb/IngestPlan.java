package com.shopagent.tools.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ingest of one source must do, decided from content hashes before anything is embedded
 * or written. Only pages of that source can vanish: re-ingesting a WordPress site never removes
 * the pages a folder brought in.
 */
record IngestPlan(List<KbDocument> added, List<KbDocument> updated, int skipped, List<String> removed) {

  /** A page as the index holds it. */
  record Indexed(String hash, String source) {}

  static IngestPlan of(Map<String, Indexed> indexed, String source, List<KbDocument> docs) {
    List<KbDocument> added = new ArrayList<>();
    List<KbDocument> updated = new ArrayList<>();
    int skipped = 0;
    Set<String> seen = new HashSet<>();
    for (KbDocument doc : docs) {
      if (!seen.add(doc.url())) {
        throw new IllegalArgumentException("two documents share the url " + doc.url());
      }
      Indexed page = indexed.get(doc.url());
      if (page == null) {
        added.add(doc);
      } else if (!page.hash().equals(doc.contentHash()) || !source.equals(page.source())) {
        updated.add(doc); // a page another source brought in now belongs to this one
      } else {
        skipped++;
      }
    }
    List<String> removed = indexed.entrySet().stream()
        .filter(e -> source.equals(e.getValue().source()) && !seen.contains(e.getKey()))
        .map(Map.Entry::getKey).sorted().toList();
    return new IngestPlan(List.copyOf(added), List.copyOf(updated), skipped, removed);
  }

  List<KbDocument> toWrite() {
    List<KbDocument> all = new ArrayList<>(added);
    all.addAll(updated);
    return all;
  }

  boolean changesNothing() {
    return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
  }
}
