package com.shopagent.http.chat;

import akka.Done;
import akka.NotUsed;
import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.model.ws.TextMessage;
import akka.japi.Pair;
import akka.stream.BoundedSourceQueue;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.metrics.AgentMetrics;
import com.shopagent.core.model.Identity;
import com.shopagent.http.Json;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One WebSocket connection. Frames are handled one at a time in arrival order; a bad frame gets
 * an error frame and the connection stays open. A connection that sends no hello in time, or no
 * frame at all for the idle timeout ({@link SocketTimeouts}), gets an error frame saying so and
 * is closed.
 */
public final class ChatSocket {

  private final ChatService chat;
  private final ChatFrames frames;
  private final String clientIp;
  private volatile boolean helloSeen;
  private volatile long lastFrameNanos = System.nanoTime();
  private Identity identity;
  private String sessionId;

  private ChatSocket(ChatService chat, ChatFrames frames, String clientIp) {
    this.clientIp = clientIp;
    this.chat = chat;
    this.frames = frames;
  }

  public static Flow<Message, Message, NotUsed> flow(ActorSystem<?> system, ChatService chat, ChatFrames frames,
      String clientIp, SocketTimeouts timeouts) {
    ChatSocket socket = new ChatSocket(chat, frames, clientIp);
    Pair<BoundedSourceQueue<Message>, Source<Message, NotUsed>> out =
        Source.<Message>queue(64).preMaterialize(system);
    Sink<Message, NotUsed> in = Flow.<Message>create()
        .wireTap(m -> socket.lastFrameNanos = System.nanoTime()) // the server's pings never pass here
        .mapAsync(1, m -> FrameText.read(m, system))
        .mapAsync(1, text -> socket.handle(text, out.first()))
        .to(Sink.onComplete(done -> socket.close(out.first(), null)));
    Cancellable helloDeadline = timeouts.watchHello(system, () -> socket.helloSeen,
        () -> socket.close(out.first(), timeouts.helloMissing()));
    Cancellable idleWatch = timeouts.watchIdle(system, () -> socket.lastFrameNanos,
        () -> socket.close(out.first(), SocketTimeouts.IDLE));
    AgentMetrics.websocketOpen(true);
    return Flow.fromSinkAndSourceCoupled(in, out.second())
        .watchTermination((nu, done) -> {
          done.whenComplete((d, e) -> {
            helloDeadline.cancel();
            idleWatch.cancel();
            AgentMetrics.websocketOpen(false);
          });
          return NotUsed.getInstance();
        });
  }

  /** Ends the outgoing side, after an error frame when there is a reason to give. */
  private void close(BoundedSourceQueue<Message> out, ChatError reason) {
    if (reason != null) {
      send(out, frames.error(reason));
    }
    try {
      out.complete();
    } catch (IllegalStateException alreadyClosed) {
      // the client went first: the coupled flow has cancelled the queue, a normal end
    }
  }

  private CompletionStage<Done> handle(Optional<String> text, BoundedSourceQueue<Message> out) {
    CompletionStage<Done> done;
    if (text.isEmpty()) {
      done = send(out, frames.error(new ChatError("binary_not_supported", "Send JSON text frames.", 400)));
    } else if (text.get().equals(FrameText.TOO_LARGE)) {
      done = send(out, frames.error(new ChatError("frame_too_large", "The frame is longer than 65536 characters.", 413)));
    } else {
      try {
        done = dispatch(text.get(), out);
      } catch (RuntimeException e) {
        done = CompletableFuture.failedFuture(e); // a bad frame must not end the connection
      }
    }
    return done.exceptionally(e -> {
      send(out, frames.error(ChatService.errorOf(e)));
      return Done.getInstance();
    });
  }

  private CompletionStage<Done> dispatch(String text, BoundedSourceQueue<Message> out) {
    chat.limits().checkIp(clientIp); // every frame counts, so one connection cannot flood either
    JsonNode frame;
    try {
      frame = Json.MAPPER.readTree(text);
    } catch (Exception e) {
      return send(out, frames.error(ChatError.badJson(e.getClass().getSimpleName())));
    }
    if (frame == null || !frame.isObject()) {
      return send(out, frames.error(ChatError.badJson("expected a JSON object")));
    }
    String type = frame.path("type").asText("");
    return switch (type) {
      case "hello" -> hello(frame, out);
      case "message" -> message(frame, out);
      default -> send(out, frames.error(ChatError.unknownType(type)));
    };
  }

  private CompletionStage<Done> hello(JsonNode frame, BoundedSourceQueue<Message> out) {
    Optional<String> token = Optional.ofNullable(frame.path("token").textValue());
    if (token.isEmpty() && !frame.path("guest").asBoolean(false)) {
      return send(out, frames.error(ChatError.notAuthenticated()));
    }
    helloSeen = true;
    Identity who = chat.identify(token).withNetwork(clientIp);
    String wanted = Optional.ofNullable(frame.path("session_id").textValue()).orElse(ChatService.newSessionId());
    return chat.open(who, wanted, true).thenCompose(opened -> {
      identity = who;
      sessionId = opened.sessionId();
      return send(out, frames.welcome(opened, chat.tokens().issue(who), chat.tokens().ttlSeconds()));
    });
  }

  private CompletionStage<Done> message(JsonNode frame, BoundedSourceQueue<Message> out) {
    if (identity == null) {
      return send(out, frames.error(ChatError.notAuthenticated()));
    }
    String text = frame.path("text").asText("");
    String clientId = frame.path("client_message_id").asText("");
    try {
      chat.validate(text);
    } catch (ChatException e) {
      return send(out, errorFor(e, clientId));
    }
    send(out, frames.typing());
    return chat.say(identity, sessionId, text, clientId)
        .handle((replied, e) -> {
          if (e != null) {
            return errorFor(e, clientId);
          }
          ObjectNode reply = frames.reply(replied, clientId);
          reply.put("token", chat.tokens().issue(identity)); // refreshed while the chat is active
          return reply;
        })
        .thenCompose(f -> send(out, f));
  }

  /** An error about one message names it, so the client knows which one not to resend. */
  private ObjectNode errorFor(Throwable e, String clientId) {
    ObjectNode f = frames.error(ChatService.errorOf(e));
    f.put("client_message_id", clientId);
    return f;
  }

  private static CompletionStage<Done> send(BoundedSourceQueue<Message> out, ObjectNode frame) {
    out.offer(TextMessage.create(frame.toString())); // after a close: QueueClosed, nothing to do
    return CompletableFuture.completedFuture(Done.getInstance());
  }
}
