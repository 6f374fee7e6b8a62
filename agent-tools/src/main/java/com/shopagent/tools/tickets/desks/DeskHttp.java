package com.shopagent.tools.tickets.desks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP to a help desk: one request with a timeout, an answer classified. 429, 5xx and timeouts
 * are {@link DeskUnavailable} (the outbox tries again later); other 4xx are {@link DeskRejected}
 * (bad credentials or payload: retrying as-is will not help, so staff must see it).
 */
final class DeskHttp {
  static final class DeskUnavailable extends RuntimeException {
    DeskUnavailable(String message) {
      super(message);
    }
  }

  static final class DeskRejected extends RuntimeException {
    DeskRejected(String message) {
      super(message);
    }
  }

  private final HttpClient client;
  private final Duration timeout;

  DeskHttp(Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = timeout;
  }

  CompletableFuture<String> post(URI uri, Map<String, String> headers, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    return send(b.build());
  }

  CompletableFuture<String> get(URI uri, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
    headers.forEach(b::header);
    return send(b.build());
  }

  private CompletableFuture<String> send(HttpRequest request) {
    String what = request.method() + " " + request.uri().getPath();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .handle((response, error) -> {
          if (error != null) {
            throw new DeskUnavailable(what + " failed: " + error.getClass().getSimpleName());
          }
          int status = response.statusCode();
          if (status >= 200 && status < 300) {
            return response.body();
          }
          if (status == 429 || status >= 500) {
            throw new DeskUnavailable(what + " answered " + status);
          }
          throw new DeskRejected(what + " answered " + status); // the body may echo the request: not logged
        });
  }

  static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
