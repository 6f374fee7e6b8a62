package com.shopagent.http.chat;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import com.shopagent.core.model.Identity;
import com.shopagent.core.session.SessionActor;
import com.shopagent.http.auth.Identities;
import com.shopagent.http.auth.SessionTokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/** What both chat transports (WebSocket and plain POST) do: authenticate, validate, ask the session. */
public final class ChatService {
  private static final java.util.regex.Pattern SESSION_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{8,64}");
  private final ClusterSharding sharding;
  private final Identities identities;
  private final RateLimits limits;
  private final int maxChars;
  private final Duration turnTimeout;

  public ChatService(ActorSystem<?> system, Identities identities, RateLimits limits, int maxChars,
      Duration turnTimeout) {
    this.limits = limits;
    this.sharding = ClusterSharding.get(system);
    this.identities = identities;
    this.maxChars = maxChars;
    this.turnTimeout = turnTimeout;
  }

  public RateLimits limits() {
    return limits;
  }

  public SessionTokens tokens() {
    return identities.sessionTokens();
  }

  /**
   * The token's identity (ours or the shop's), a fresh guest when there is no token and this
   * deployment allows anonymous guests, or a bad_token / not_authenticated error.
   */
  public Identity identify(Optional<String> token) {
    if (token.isEmpty() || token.get().isBlank()) {
      return identities.anonymousGuest().orElseThrow(() -> new ChatException(ChatError.notAuthenticated()));
    }
    return identities.fromToken(token.get()).orElseThrow(() -> new ChatException(ChatError.badToken()));
  }

  public static String newSessionId() {
    return UUID.randomUUID().toString();
  }

  public void validate(String text) {
    if (text == null || text.isBlank()) {
      throw new ChatException(ChatError.emptyMessage());
    }
    if (text.length() > maxChars) {
      throw new ChatException(ChatError.tooLong(maxChars));
    }
  }

  /** Resumes a session the caller owns; {@code create} binds an unknown id to the caller. */
  public CompletionStage<SessionActor.Opened> open(Identity who, String sessionId, boolean create) {
    if (!validSessionId(sessionId)) {
      return CompletableFuture.failedFuture(new ChatException(ChatError.badSessionId()));
    }
    return recoverTimeout(entity(sessionId).<SessionActor.OpenResult>ask(
            replyTo -> new SessionActor.Open(who, create, replyTo), Duration.ofSeconds(10)))
        .thenApply(r -> {
          if (r instanceof SessionActor.Refused refused) {
            throw refusedError(refused);
          }
          return (SessionActor.Opened) r;
        });
  }

  public CompletionStage<SessionActor.Replied> say(Identity who, String sessionId, String text, String clientMessageId) {
    try {
      validate(text);
      if (!validSessionId(sessionId)) {
        throw new ChatException(ChatError.badSessionId());
      }
      if (!com.shopagent.core.session.ClientMessageIds.wellFormed(clientMessageId)) {
        throw new ChatException(ChatError.badClientMessageId());
      }
      limits.checkUser(who.subject());
    } catch (ChatException e) {
      return CompletableFuture.failedFuture(e);
    }
    return recoverTimeout(entity(sessionId).<SessionActor.TurnResult>ask(
            replyTo -> new SessionActor.Say(who, text, clientMessageId, replyTo), turnTimeout))
        .thenApply(r -> {
          if (r instanceof SessionActor.Refused refused) {
            throw refusedError(refused);
          }
          return (SessionActor.Replied) r;
        });
  }

  static boolean validSessionId(String id) {
    return id != null && SESSION_ID.matcher(id).matches();
  }

  private EntityRef<SessionActor.Command> entity(String sessionId) {
    return sharding.entityRefFor(SessionActor.ENTITY_KEY, sessionId);
  }

  private static ChatException refusedError(SessionActor.Refused refused) {
    int status = switch (refused.code()) {
      case "not_found" -> 404;
      case "rate_limited" -> 429;
      case "interrupted" -> 503;
      case com.shopagent.core.session.ClientMessageIds.CODE -> 400;
      default -> 403;
    };
    return new ChatException(new ChatError(refused.code(), refused.message(), status, refused.retryAfterSeconds()));
  }

  private static <T> CompletionStage<T> recoverTimeout(CompletionStage<T> stage) {
    return stage.exceptionally(e -> {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof TimeoutException) {
        throw new ChatException(ChatError.busy());
      }
      throw e instanceof RuntimeException re ? re : new CompletionException(e);
    });
  }

  /** Unwraps a stage failure to the client-facing error; anything unexpected is an internal error. */
  public static ChatError errorOf(Throwable t) {
    Throwable c = t;
    while (c instanceof CompletionException && c.getCause() != null) {
      c = c.getCause();
    }
    if (c instanceof ChatException ce) {
      return ce.error();
    }
    return new ChatError("internal", "Something went wrong on our side. Please try again.", 500);
  }
}
