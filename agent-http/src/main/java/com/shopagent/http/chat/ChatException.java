package com.shopagent.http.chat;

/** Carries a {@link ChatError} through a CompletionStage. */
public final class ChatException extends RuntimeException {
  private final ChatError error;

  public ChatException(ChatError error) {
    super(error.code() + ": " + error.message(), null, false, false);
    this.error = error;
  }

  public ChatError error() {
    return error;
  }
}
