package com.shopagent.http.routes;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.AllDirectives;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.chat.ChatError;
import com.shopagent.http.chat.ChatService;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Small helpers every route class shares: JSON responses, errors, bearer tokens. */
abstract class RouteSupport extends AllDirectives {

  static HttpResponse json(int status, JsonNode body) {
    return HttpResponse.create()
        .withStatus(StatusCodes.get(status))
        .withEntity(ContentTypes.APPLICATION_JSON, body.toString());
  }

  static HttpResponse error(ChatError e) {
    var body = com.shopagent.http.Json.MAPPER.createObjectNode();
    body.put("code", e.code());
    body.put("message", e.message());
    HttpResponse response = json(e.status(), body);
    if (e.retryAfterSeconds() > 0) {
      body.put("retry_after", e.retryAfterSeconds());
      response = json(e.status(), body).addHeader(akka.http.javadsl.model.headers.RawHeader.create(
          "Retry-After", Long.toString(e.retryAfterSeconds())));
    }
    return response;
  }

  /** Completes with the stage's JSON, or with the error it failed with. */
  Route completeJson(CompletionStage<? extends JsonNode> body) {
    return completeWithFuture(body
        .thenApply(b -> json(200, b))
        .exceptionally(e -> error(ChatService.errorOf(e))));
  }

  /**
   * The client's address, the key of every per-IP limit: the peer as the socket saw it, or, when
   * the peer is a trusted proxy ({@link #proxies()}), the right-most untrusted X-Forwarded-For hop.
   */
  Route withClientIp(java.util.function.Function<String, Route> inner) {
    return extractRequest(req -> {
      java.util.Optional<String> forwarded = java.util.stream.StreamSupport.stream(req.getHeaders().spliterator(), false)
          .filter(h -> h.is("x-forwarded-for")).map(akka.http.javadsl.model.HttpHeader::value)
          .reduce((a, b) -> a + "," + b);
      return inner.apply(req.getAttribute(akka.http.javadsl.model.AttributeKeys.remoteAddress)
          .flatMap(a -> a.getAddress()).map(peer -> proxies().clientOf(peer, forwarded)).orElse("unknown"));
    });
  }

  /** The proxies whose X-Forwarded-For counts; none unless a route class is given them. */
  com.shopagent.http.chat.TrustedProxies proxies() {
    return com.shopagent.http.chat.TrustedProxies.NONE;
  }

  /** Runs {@code check} (a rate limit) first: its ChatException becomes the error response. */
  Route guarded(Runnable check, java.util.function.Supplier<Route> inner) {
    try {
      check.run();
    } catch (com.shopagent.http.chat.ChatException e) {
      return complete(error(e.error()));
    }
    return inner.get();
  }

  /** The token of an {@code Authorization: Bearer} header, if any. */
  Route withBearer(java.util.function.Function<Optional<String>, Route> inner) {
    return optionalHeaderValueByName("Authorization", header -> inner.apply(header
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).trim())));
  }
}
