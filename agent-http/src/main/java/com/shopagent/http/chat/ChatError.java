package com.shopagent.http.chat;

/**
 * A client-visible error: a stable code, a plain-words message, the HTTP status it maps to, and
 * for rate limits the seconds to wait (0 otherwise).
 */
public record ChatError(String code, String message, int status, long retryAfterSeconds) {
  public ChatError(String code, String message, int status) {
    this(code, message, status, 0);
  }

  public static ChatError rateLimited(java.time.Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new ChatError("rate_limited", "Too many messages. Please wait " + seconds + " s and try again.", 429, seconds);
  }

  public static ChatError badJson(String detail) {
    return new ChatError("bad_json", "The frame is not valid JSON: " + detail, 400);
  }

  public static ChatError unknownType(String type) {
    return new ChatError("unknown_type", "Unknown frame type '" + type + "'. Use hello or message.", 400);
  }

  public static ChatError notAuthenticated() {
    return new ChatError("not_authenticated",
        "Authenticate first: a hello frame on the WebSocket, an Authorization: Bearer token on REST.", 401);
  }

  public static ChatError badToken() {
    return new ChatError("bad_token", "The token is invalid or expired. Start a new chat.", 401);
  }

  public static ChatError emptyMessage() {
    return new ChatError("empty_message", "The message is empty.", 400);
  }

  public static ChatError tooLong(int max) {
    return new ChatError("message_too_long", "The message is longer than " + max + " characters.", 413);
  }

  public static ChatError badSessionId() {
    return new ChatError("bad_session_id", "A session id is 8 to 64 letters, digits or dashes.", 400);
  }

  public static ChatError notFound() {
    return new ChatError("not_found", "No such session.", 404);
  }

  public static ChatError busy() {
    return new ChatError("timeout", "That took too long. Please try again in a moment.", 503);
  }

  public static ChatError badClientMessageId() {
    return new ChatError(com.shopagent.core.session.ClientMessageIds.CODE, com.shopagent.core.session.ClientMessageIds.MESSAGE, 400);
  }
}
