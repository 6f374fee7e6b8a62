package com.shopagent.tools.kb.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * GETs for the sources, with our user agent; every failure becomes a readable reason. Redirects
 * are followed here, not by the client, so {@link Hops} checks every hop; a response is cut at
 * {@code maxBytes} and at {@code timeout} in total (headers and body), so a slow or endless
 * page cannot hold the crawl.
 */
final class HttpFetcher {

  static final String USER_AGENT = "shop-agent-kb";
  static final long MAX_BYTES = 5L * 1024 * 1024;
  private static final int MAX_REDIRECTS = 5;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** A response, or why there is none. */
  record Fetched(int status, String body, HttpHeaders headers, String failure) {
    boolean ok() {
      return failure == null && status == 200;
    }

    String problem() {
      return failure != null ? failure : "HTTP " + status;
    }

    Optional<String> header(String name) {
      return headers == null ? Optional.empty() : headers.firstValue(name);
    }

    String contentType() {
      return header("content-type").orElse("");
    }

    static Fetched failed(String why) {
      return new Fetched(0, "", null, why);
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final Hops hops;

  HttpFetcher(Duration timeout) {
    this(timeout, MAX_BYTES, Hops.SYSTEM);
  }

  HttpFetcher(Duration timeout, long maxBytes, Hops hops) {
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.hops = hops;
  }

  Fetched get(URI uri) {
    URI at = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Optional<String> refusal = hops.refusal(uri, at);
      if (refusal.isPresent()) {
        return Fetched.failed(refusal.get());
      }
      Fetched r = once(at);
      Optional<String> location = r.header("location");
      if (r.failure() != null || !REDIRECTS.contains(r.status()) || location.isEmpty()) {
        return r;
      }
      try {
        at = at.resolve(location.get().strip());
      } catch (IllegalArgumentException e) {
        return Fetched.failed("redirected to an invalid address");
      }
    }
    return Fetched.failed("more than " + MAX_REDIRECTS + " redirects");
  }

  private Fetched once(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("User-Agent", USER_AGENT + "/0.1 (knowledge-base ingest)").header("Accept", "*/*").GET().build();
    AtomicBoolean late = new AtomicBoolean();
    try {
      HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        // the request timeout covers the headers only: closing the stream ends a body that drips
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
          late.set(true);
          close(in);
        });
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
          return Fetched.failed("larger than " + maxBytes / 1024 + " KiB");
        }
        return new Fetched(r.statusCode(), new String(body, StandardCharsets.UTF_8), r.headers(), null);
      }
    } catch (HttpTimeoutException e) {
      return Fetched.failed("timed out after " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      return late.get() ? Fetched.failed("timed out after " + timeout.toSeconds() + " s")
          : Fetched.failed("cannot be fetched: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Fetched.failed("interrupted");
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // already closed: the read finished first
    }
  }
}
