package com.shopagent.tools.kb;

/** Which halves of retrieval run: both (what the agent uses) or one alone (to measure each half). */
public enum SearchMode {
  BM25,
  VECTOR,
  HYBRID;

  boolean lexical() {
    return this != VECTOR;
  }

  boolean vector() {
    return this != BM25;
  }
}
