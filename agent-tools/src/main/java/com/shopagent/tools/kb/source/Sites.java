package com.shopagent.tools.kb.source;

import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.SourceProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small rules the web sources share. */
final class Sites {

  private Sites() {}

  /** "https://shop.example/anything" → "https://shop.example/": the REST routes hang off the root. */
  static URI root(URI site) {
    if (site.getScheme() == null || !site.getScheme().matches("https?") || site.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) address: " + site);
    }
    String path = site.getRawPath() == null ? "" : site.getRawPath().replaceAll("/wp-json.*$", "");
    return URI.create(site.getScheme() + "://" + site.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
  }

  /** The first page of a url wins; a later one is a problem (an index keys pages by url). */
  static MarkdownFolderSource.LoadResult unique(List<KbDocument> docs, List<SourceProblem> problems) {
    Set<String> seen = new HashSet<>();
    List<KbDocument> kept = new ArrayList<>();
    List<SourceProblem> all = new ArrayList<>(problems);
    for (KbDocument d : docs) {
      if (seen.add(d.url())) {
        kept.add(d);
      } else {
        all.add(new SourceProblem(d.url(), "the same address came twice; the first one is kept"));
      }
    }
    return new MarkdownFolderSource.LoadResult(kept, all);
  }
}
