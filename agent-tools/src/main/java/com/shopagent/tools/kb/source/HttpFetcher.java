package com.shopagent.tools.kb.source;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** GETs for the sources, with a timeout and our user agent; every failure becomes a readable reason. */
final class HttpFetcher {

  static final String USER_AGENT = "shop-agent-kb";

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
  }

  private final HttpClient client;
  private final Duration timeout;

  HttpFetcher(Duration timeout) {
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(timeout).build();
    this.timeout = timeout;
  }

  Fetched get(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("User-Agent", USER_AGENT + "/0.1 (knowledge-base ingest)").header("Accept", "*/*").GET().build();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Fetched(r.statusCode(), r.body(), r.headers(), null);
    } catch (HttpTimeoutException e) {
      return new Fetched(0, "", null, "timed out after " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      return new Fetched(0, "", null, "cannot be fetched: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Fetched(0, "", null, "interrupted");
    }
  }
}
