package com.shopagent.tools.kb;

/** Told after each page is chunked and embedded (the slow part), e.g. to drive an admin progress bar. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (done, total, url) -> {};

  /**
   * @param done pages embedded so far in this ingest
   * @param total pages that need embedding in this ingest (added + updated)
   */
  void embedded(int done, int total, String url);
}
