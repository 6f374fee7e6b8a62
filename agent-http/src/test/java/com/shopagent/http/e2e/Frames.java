package com.shopagent.http.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Client frames as the widget sends them. */
final class Frames {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Frames() {}

  static String guestHello() {
    return "{\"type\":\"hello\",\"guest\":true}";
  }

  static String hello(String token) {
    return MAPPER.createObjectNode().put("type", "hello").put("token", token).toString();
  }

  static String resume(String token, String sessionId) {
    ObjectNode f = MAPPER.createObjectNode().put("type", "hello").put("token", token).put("session_id", sessionId);
    return f.toString();
  }

  static String message(String text) {
    return MAPPER.createObjectNode().put("type", "message").put("text", text)
        .put("client_message_id", "c-" + System.nanoTime()).toString();
  }
}
