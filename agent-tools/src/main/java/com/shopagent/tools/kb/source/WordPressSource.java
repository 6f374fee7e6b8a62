package com.shopagent.tools.kb.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.SourceProblem;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A WordPress site's published pages and posts over its REST API ({@code /wp-json/wp/v2/pages}
 * and {@code /posts}), unauthenticated, so only what any visitor may read. Password-protected
 * entries are skipped.
 */
public final class WordPressSource implements KbSource {

  private final URI site;
  private final HttpFetcher http;

  public WordPressSource(URI site, Duration timeout) {
    this.site = Sites.root(site);
    this.http = new HttpFetcher(timeout);
  }

  @Override
  public String id() {
    return "wordpress:" + site;
  }

  @Override
  public MarkdownFolderSource.LoadResult load(FetchListener listener) {
    List<KbDocument> docs = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    for (String type : List.of("pages", "posts")) {
      for (JsonNode item : RestPager.all(http, site.resolve("wp-json/wp/v2/" + type), problems, listener)) {
        String link = item.path("link").asText("");
        if (link.isEmpty()) {
          problems.add(new SourceProblem(type + " #" + item.path("id").asText("?"), "has no link"));
        } else if (item.path("content").path("protected").asBoolean(false)) {
          problems.add(new SourceProblem(link, "password-protected: not for the public knowledge base"));
        } else {
          String url = RestPager.path(link);
          String title = HtmlText.plain(item.path("title").path("rendered").asText(""));
          String body = HtmlText.fragment(item.path("content").path("rendered").asText(""));
          docs.add(KbDocument.of(url, title.isBlank() ? url : title, List.of("wp:" + type),
              PolicyPages.isPolicy(url, title), body));
        }
      }
    }
    return Sites.unique(docs, problems);
  }
}
