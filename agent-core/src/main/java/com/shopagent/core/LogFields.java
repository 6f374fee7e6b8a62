package com.shopagent.core;

import org.slf4j.MDC;

/**
 * The ids a log line about a turn carries as fields ({@code session_id}, {@code turn_id}): the
 * JSON log format (AGENT_LOG_FORMAT=json) prints them as MDC fields, so an operator can follow a
 * turn without any customer text in the log. Opaque ids only, never message content.
 */
public final class LogFields implements AutoCloseable {
  private LogFields() {}

  /** Use with try-with-resources around the log call; the fields are removed on close. */
  public static LogFields turn(String sessionId, String turnId) {
    if (sessionId != null) {
      MDC.put("session_id", sessionId);
    }
    if (turnId != null) {
      MDC.put("turn_id", turnId);
    }
    return new LogFields();
  }

  @Override
  public void close() {
    MDC.remove("session_id");
    MDC.remove("turn_id");
  }
}
