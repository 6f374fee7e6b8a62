package com.shopagent.tools.kb.source;

import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.SourceProblem;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Public web pages, from a sitemap.xml (same host only, nested sitemap indexes followed) or from a
 * list of URLs. Polite: robots.txt is obeyed (its Crawl-delay too), at most {@code concurrency}
 * requests are in flight and requests to one host start at least {@code delay} apart. Links in
 * pages are not followed: the sitemap says what the site wants found.
 */
public final class WebSource implements KbSource {

  /** @param maxPages a guard against a runaway sitemap */
  public record Settings(int concurrency, Duration delay, Duration timeout, int maxPages) {
    public static final Settings POLITE = new Settings(2, Duration.ofMillis(500), Duration.ofSeconds(20), 5_000);
  }

  private final String id;
  private final URI sitemap;
  private final List<URI> urls;
  private final Settings settings;
  private final HttpFetcher http;
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Long> nextStart = new ConcurrentHashMap<>();

  private WebSource(String id, URI sitemap, List<URI> urls, Settings settings) {
    this.id = id;
    this.sitemap = sitemap;
    this.urls = List.copyOf(urls);
    this.settings = settings;
    this.http = new HttpFetcher(settings.timeout());
  }

  public static WebSource sitemap(URI sitemap, Settings settings) {
    Sites.root(sitemap); // http(s) only
    return new WebSource("sitemap:" + sitemap, sitemap, List.of(), settings);
  }

  /** @param id stable name of the list, e.g. "urls:" + its file */
  public static WebSource urls(String id, List<URI> urls, Settings settings) {
    urls.forEach(Sites::root);
    return new WebSource(id, null, urls, settings);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public MarkdownFolderSource.LoadResult load(FetchListener listener) {
    List<SourceProblem> problems = Collections.synchronizedList(new ArrayList<>());
    List<URI> pages = sitemap != null ? fromSitemap(sitemap, problems, 0) : urls;
    if (pages.size() > settings.maxPages()) {
      problems.add(new SourceProblem(id, pages.size() + " pages listed; only the first " + settings.maxPages() + " are read"));
      pages = pages.subList(0, settings.maxPages());
    }
    List<KbDocument> docs = fetchAll(pages.stream().distinct().toList(), problems, listener);
    return Sites.unique(docs, problems);
  }

  private List<URI> fromSitemap(URI uri, List<SourceProblem> problems, int depth) {
    HttpFetcher.Fetched r = politeGet(uri);
    if (!r.ok()) {
      problems.add(new SourceProblem(uri.toString(), r.problem()));
      return List.of();
    }
    try {
      AbstractSiteMap map = new SiteMapParser(false)
          .parseSiteMap(r.body().getBytes(StandardCharsets.UTF_8), uri.toURL());
      List<URI> found = new ArrayList<>();
      if (map instanceof SiteMapIndex index && depth < 3) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          URI childUri = child.getUrl().toURI();
          if (sameHost(childUri)) {
            found.addAll(fromSitemap(childUri, problems, depth + 1));
          }
        }
      } else if (map instanceof SiteMap pages) {
        for (var page : pages.getSiteMapUrls()) {
          URI pageUri = page.getUrl().toURI();
          if (sameHost(pageUri)) {
            found.add(pageUri);
          }
        }
      }
      return found;
    } catch (Exception e) {
      problems.add(new SourceProblem(uri.toString(), "not a readable sitemap: " + e.getMessage()));
      return List.of();
    }
  }

  private boolean sameHost(URI uri) {
    return Objects.equals(uri.getScheme(), sitemap.getScheme()) && Objects.equals(uri.getAuthority(), sitemap.getAuthority());
  }

  private List<KbDocument> fetchAll(List<URI> pages, List<SourceProblem> problems, FetchListener listener) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()));
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<KbDocument>> futures = new ArrayList<>();
      for (URI page : pages) {
        futures.add(pool.submit(() -> {
          try {
            return page(page, problems);
          } finally {
            listener.fetched(done.incrementAndGet(), pages.size(), page.toString());
          }
        }));
      }
      List<KbDocument> docs = new ArrayList<>();
      for (Future<KbDocument> f : futures) {
        KbDocument doc = f.get();
        if (doc != null) {
          docs.add(doc);
        }
      }
      return docs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("crawl interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("crawl failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private KbDocument page(URI uri, List<SourceProblem> problems) {
    if (!rules(uri).isAllowed(uri.toString())) {
      problems.add(new SourceProblem(uri.toString(), "disallowed by robots.txt"));
      return null;
    }
    HttpFetcher.Fetched r = politeGet(uri);
    if (!r.ok()) {
      problems.add(new SourceProblem(uri.toString(), r.problem()));
      return null;
    }
    if (!r.contentType().isEmpty() && !r.contentType().contains("html") && !r.contentType().startsWith("text/plain")) {
      problems.add(new SourceProblem(uri.toString(), "not an HTML page (" + r.contentType() + ")"));
      return null;
    }
    HtmlText.Page page = HtmlText.page(r.body(), uri.toString());
    if (page.body().isBlank()) {
      problems.add(new SourceProblem(uri.toString(), "no readable text"));
      return null;
    }
    String url = sitemap == null || sameHost(uri) ? RestPager.path(uri.toString()) : uri.toString();
    List<String> tags = page.productId() == null ? List.of() : List.of("product:" + page.productId());
    String title = page.title().isBlank() ? url : page.title();
    return KbDocument.of(url, title, tags, PolicyPages.isPolicy(url, title), page.body());
  }

  private BaseRobotRules rules(URI uri) {
    String host = uri.getScheme() + "://" + uri.getRawAuthority();
    return robots.computeIfAbsent(host, h -> {
      HttpFetcher.Fetched r = politeGet(URI.create(h + "/robots.txt"));
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      return r.ok()
          ? parser.parseContent(h + "/robots.txt", r.body().getBytes(StandardCharsets.UTF_8), "text/plain",
              List.of(HttpFetcher.USER_AGENT))
          : parser.failedFetch(r.status() == 0 ? 500 : r.status());
    });
  }

  /** Waits for this host's turn: requests start at least the delay (or robots' Crawl-delay) apart. */
  private HttpFetcher.Fetched politeGet(URI uri) {
    String host = uri.getRawAuthority();
    long delay = settings.delay().toNanos();
    BaseRobotRules rules = robots.get(uri.getScheme() + "://" + host);
    if (rules != null && rules.getCrawlDelay() > 0) {
      delay = Math.max(delay, Math.min(rules.getCrawlDelay(), 30_000) * 1_000_000);
    }
    long wait;
    synchronized (nextStart) {
      long now = System.nanoTime();
      long start = Math.max(now, nextStart.getOrDefault(host, now));
      nextStart.put(host, start + delay);
      wait = start - now;
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return http.get(uri);
  }
}
