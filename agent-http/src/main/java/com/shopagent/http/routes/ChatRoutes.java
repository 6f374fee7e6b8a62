package com.shopagent.http.routes;

import akka.actor.typed.ActorSystem;
import static akka.http.javadsl.server.PathMatchers.segment;

import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.model.Identity;
import com.shopagent.http.Json;
import com.shopagent.http.chat.ChatError;
import com.shopagent.http.chat.ChatException;
import com.shopagent.http.chat.ChatFrames;
import com.shopagent.http.chat.ChatService;
import com.shopagent.http.chat.ChatSocket;
import com.shopagent.http.chat.SocketTimeouts;
import com.shopagent.http.chat.TrustedProxies;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@code GET /v1/chat/ws} (WebSocket), {@code POST /v1/chat} (one turn), {@code GET /v1/sessions/{id}}. */
public final class ChatRoutes extends RouteSupport {
  private final ActorSystem<?> system;
  private final ChatService chat;
  private final ChatFrames frames;
  private final Set<String> allowedOrigins;
  private final TrustedProxies proxies;
  private final SocketTimeouts timeouts;

  public ChatRoutes(ActorSystem<?> system, ChatService chat, ChatFrames frames, Set<String> allowedOrigins,
      TrustedProxies proxies, SocketTimeouts timeouts) {
    this.allowedOrigins = Set.copyOf(allowedOrigins);
    this.proxies = proxies;
    this.timeouts = timeouts;
    this.system = system;
    this.chat = chat;
    this.frames = frames;
  }

  public Route routes() {
    return pathPrefix("v1", () -> concat(
        path(segment("chat").slash("ws"), () -> get(() -> withClientIp(ip -> optionalHeaderValueByName("Origin", origin ->
            originAllowed(origin)
                ? limited(ip, () -> handleWebSocketMessages(ChatSocket.flow(system, chat, frames, ip, timeouts)))
                : complete(error(new ChatError("origin_not_allowed", "This site may not open the chat.", 403))))))),
        path("chat", () -> post(() -> withClientIp(ip -> limited(ip, () -> withBearer(token ->
            entity(akka.http.javadsl.unmarshalling.Unmarshaller.entityToString(), body ->
                completeJson(oneTurn(token, body, ip)))))))),
        // reads are throttled too: each guessed id costs a journal lookup (the entity is passivated at once)
        path(segment("sessions").slash(segment()), id -> get(() -> withClientIp(ip ->
            guarded(() -> chat.limits().checkRead(ip), () -> withBearer(token -> completeJson(history(token, id)))))))));
  }

  @Override
  TrustedProxies proxies() {
    return proxies;
  }

  private Route limited(String ip, java.util.function.Supplier<Route> inner) {
    return guarded(() -> chat.limits().checkIp(ip), inner);
  }

  private boolean originAllowed(Optional<String> origin) {
    return allowedOrigins.isEmpty() || origin.isEmpty() || allowedOrigins.contains(origin.get());
  }

  private CompletionStage<JsonNode> oneTurn(Optional<String> token, String body, String ip) {
    try {
      JsonNode req = Json.MAPPER.readTree(body);
      if (req == null || !req.isObject()) {
        throw new ChatException(ChatError.badJson("expected a JSON object"));
      }
      Identity who = chat.identify(token).withNetwork(ip);
      String sessionId = Optional.ofNullable(req.path("session_id").textValue()).orElse(ChatService.newSessionId());
      String clientId = req.path("client_message_id").asText("");
      return chat.say(who, sessionId, req.path("text").asText(""), clientId).thenApply(replied -> {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("session_id", replied.sessionId());
        out.put("token", chat.tokens().issue(who));
        out.put("token_expires_in", chat.tokens().ttlSeconds());
        out.set("reply", frames.reply(replied, clientId));
        return out;
      });
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return CompletableFuture.failedFuture(new ChatException(ChatError.badJson(e.getOriginalMessage())));
    } catch (ChatException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletionStage<JsonNode> history(Optional<String> token, String sessionId) {
    if (token.isEmpty()) {
      return CompletableFuture.failedFuture(new ChatException(ChatError.notAuthenticated()));
    }
    try {
      Identity who = chat.identify(token);
      chat.limits().checkReader(who.subject());
      return chat.open(who, sessionId, false).thenApply(o -> frames.welcome(o, chat.tokens().issue(who), chat.tokens().ttlSeconds()));
    } catch (ChatException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
