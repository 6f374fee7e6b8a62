package com.shopagent.http.chat;

import akka.actor.typed.ActorSystem;
import akka.http.javadsl.model.ws.Message;
import akka.stream.StreamLimitReachedException;
import akka.stream.javadsl.Sink;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The text of one WebSocket frame, read whole up to a size limit; binary frames are drained. */
final class FrameText {
  static final int MAX_FRAME_CHARS = 64 * 1024;
  /** Stands for a frame over the limit: no JSON text can equal it. */
  static final String TOO_LARGE = "\u0000too-large";

  private FrameText() {}

  /** Empty for a binary frame; {@link #TOO_LARGE} for one over the limit. */
  static CompletionStage<Optional<String>> read(Message message, ActorSystem<?> system) {
    if (!message.isText()) {
      message.asBinaryMessage().getStreamedData().runWith(Sink.ignore(), system);
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return message.asTextMessage().getStreamedText()
        .limitWeighted(MAX_FRAME_CHARS, s -> (long) s.length())
        .runFold(new StringBuilder(), StringBuilder::append, system)
        .thenApply(sb -> Optional.of(sb.toString()))
        .exceptionally(e -> Optional.of(e instanceof StreamLimitReachedException
            || e.getCause() instanceof StreamLimitReachedException ? TOO_LARGE : ""));
  }
}
