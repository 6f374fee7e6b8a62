package com.shopagent.tools.kb;

import com.shopagent.core.model.Passage;
import java.util.List;

/** The passages for a question, best first, one per page, with the signals that judge them. */
public record Retrieval(List<Passage> passages, RetrievalSignals signals) {

  public Retrieval {
    passages = List.copyOf(passages);
  }
}
