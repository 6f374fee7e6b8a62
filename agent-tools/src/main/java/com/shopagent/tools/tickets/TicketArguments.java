package com.shopagent.tools.tickets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns a create_ticket call into a {@link NewTicket}, and describes its arguments to a model. */
final class TicketArguments {
  private TicketArguments() {}

  /**
   * Checked again here although the orchestrator validates the schema: the fallback must never
   * queue a ticket for a caller without the scope, nor one the desk would reject forever.
   */
  static NewTicket parse(ToolRequest request, ToolContext context) {
    Identity identity = context.identity();
    if (identity == null || !identity.has(Identity.TICKETS_CREATE)) {
      throw new SecurityException("the caller may not create tickets");
    }
    String priority = request.arg("priority", null);
    return new NewTicket(
        idempotencyKey(context),
        strip(request.arg("subject", null)),
        strip(request.arg("body", null)),
        identity.subject(),
        context.sessionId(),
        request.arg("category", null),
        priority == null || priority.isBlank() ? null : priority);
  }

  /**
   * The call's key qualified by its session: ToolRequest keys need only be unique within a
   * session, and the desk's keys are global. Hashed when too long for the column.
   */
  static String idempotencyKey(ToolContext context) {
    String key = context.sessionId() + "/" + context.idempotencyKey();
    if (key.length() <= NewTicket.MAX_KEY) {
      return key;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  static String jsonSchema() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode schema = json.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("subject").put("type", "string").put("minLength", 1)
        .put("maxLength", NewTicket.MAX_SUBJECT)
        .put("description", "One line saying what the customer needs");
    properties.putObject("body").put("type", "string").put("minLength", 1)
        .put("maxLength", NewTicket.MAX_BODY)
        .put("description", "Hand-off for the human: the request, what was tried, order ids; no raw personal data");
    ObjectNode category = properties.putObject("category").put("type", "string");
    NewTicket.CATEGORIES.forEach(category.putArray("enum")::add);
    ObjectNode priority = properties.putObject("priority").put("type", "string")
        .put("description", "Optional; the desk raises it by category");
    NewTicket.PRIORITIES.forEach(priority.putArray("enum")::add);
    schema.putArray("required").add("subject").add("body").add("category");
    schema.put("additionalProperties", false);
    return schema.toString();
  }
}
