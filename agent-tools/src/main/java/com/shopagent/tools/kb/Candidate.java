package com.shopagent.tools.kb;

import com.shopagent.core.model.Passage;
import java.util.List;

/** One chunk as a store's lexical or vector half returns it, before fusion. */
record Candidate(String chunkId, String url, String title, String text, List<String> tags, boolean policy) {

  Candidate {
    tags = List.copyOf(tags);
  }

  Passage toPassage(double score) {
    return new Passage(text, url, title, score, policy);
  }
}
