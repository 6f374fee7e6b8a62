package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** How `agent chat` shows a reply to a person in a terminal. */
final class ReplyPrinter {
  private ReplyPrinter() {}

  static String format(JsonNode response) {
    JsonNode r = response.path("reply");
    StringBuilder s = new StringBuilder(r.path("text").asText()).append('\n');
    JsonNode citations = r.path("citations");
    if (citations.size() > 0) {
      s.append("\nSources:\n");
      citations.forEach(c -> s.append("  - ").append(c.path("title").asText()).append(": ").append(c.path("url").asText()).append('\n'));
    }
    JsonNode ticket = r.path("ticket");
    if (ticket.isObject()) {
      s.append("\nTicket: ").append(ticket.path("id").asText())
          .append(ticket.path("queued").asBoolean() ? " (queued)" : "")
          .append("  ").append(ticket.path("url").asText()).append('\n')
          .append("(see it with: agent ticket ").append(ticket.path("id").asText()).append(")\n");
    }
    s.append("\nSession: ").append(response.path("session_id").asText())
        .append("  (continue with --session ").append(response.path("session_id").asText()).append(')');
    return s.toString();
  }
}
