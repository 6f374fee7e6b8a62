package com.shopagent.tools.kb.source;

import com.shopagent.tools.kb.MarkdownFolderSource;
import java.nio.file.Path;

/** Somewhere pages come from: a folder, a website, a WordPress site, a WooCommerce catalogue. */
public interface KbSource {

  /** Told after each page or API page is fetched, e.g. to draw a progress bar. */
  @FunctionalInterface
  interface FetchListener {
    FetchListener NONE = (done, total, what) -> {};

    void fetched(int done, int total, String what);
  }

  /**
   * Stable across runs: a later ingest of the same id replaces this source's pages and removes
   * the ones it no longer has, and never touches another source's pages.
   */
  String id();

  /** Every page that could be read; each one that could not is a problem with a reason, and skipped. */
  MarkdownFolderSource.LoadResult load(FetchListener listener);

  /** Markdown with front matter, HTML and plain-text files under {@code folder}. */
  static KbSource folder(Path folder) {
    return new FolderSource(folder);
  }
}
