package com.shopagent.http.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Citation;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.session.Turn;
import com.shopagent.http.Json;
import java.util.List;

/** The JSON shapes of the chat API (docs/API.md). Citation slugs get the shop's base URL. */
public final class ChatFrames {
  private final String shopBaseUrl;

  public ChatFrames(String shopBaseUrl) {
    this.shopBaseUrl = shopBaseUrl.replaceAll("/+$", "");
  }

  public ObjectNode welcome(SessionActor.Opened opened, String token, long ttlSeconds) {
    ObjectNode f = frame("welcome");
    f.put("session_id", opened.sessionId());
    f.put("resumed", opened.resumed());
    f.put("token", token);
    f.put("token_expires_in", ttlSeconds);
    ArrayNode history = f.putArray("history");
    for (Turn t : opened.history()) {
      ObjectNode h = history.addObject();
      h.put("turn_id", t.turnId());
      h.put("user", t.userText());
      h.put("reply", t.replyText());
      h.put("outcome", t.outcome().label());
      citations(h, t.citations());
      h.put("at", t.at().toString());
    }
    return f;
  }

  public ObjectNode reply(SessionActor.Replied replied, String clientMessageId) {
    Reply r = replied.reply();
    ObjectNode f = frame("reply");
    f.put("session_id", replied.sessionId());
    f.put("turn_id", replied.turnId());
    f.put("client_message_id", clientMessageId);
    f.put("text", r.text());
    citations(f, r.citations());
    f.put("escalated", r.escalated());
    if (r.ticket() == null) {
      f.putNull("ticket");
    } else {
      ObjectNode t = f.putObject("ticket");
      t.put("id", r.ticket().id());
      t.put("url", r.ticket().url());
      t.put("queued", r.ticket().queued());
    }
    f.put("outcome", r.outcome().label());
    return f;
  }

  public ObjectNode typing() {
    return frame("typing");
  }

  public ObjectNode error(ChatError e) {
    ObjectNode f = frame("error");
    f.put("code", e.code());
    f.put("message", e.message());
    if (e.retryAfterSeconds() > 0) {
      f.put("retry_after", e.retryAfterSeconds());
    }
    return f;
  }

  private void citations(ObjectNode into, List<Citation> citations) {
    ArrayNode arr = into.putArray("citations");
    for (Citation c : citations) {
      ObjectNode o = arr.addObject();
      o.put("url", c.url().startsWith("/") ? shopBaseUrl + c.url() : c.url());
      o.put("title", c.title());
    }
  }

  private static ObjectNode frame(String type) {
    ObjectNode f = Json.MAPPER.createObjectNode();
    f.put("type", type);
    return f;
  }
}
