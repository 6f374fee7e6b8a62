package com.shopagent.tools.tickets.desks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.model.TicketRef;
import com.shopagent.tools.tickets.NewTicket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Zendesk Support: {@code POST /api/v2/tickets} with API-token basic auth
 * ({@code {email}/token:{api_token}}). Zendesk's own {@code Idempotency-Key} header makes a retry
 * return the first ticket. The hand-off packet goes in as a private comment: it is for staff, not
 * for the requester's inbox. Tickets are read in Zendesk, so {@code find}/{@code recent} are empty.
 */
public final class ZendeskDesk implements RemoteDesk {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String authorization;
  private final DeskHttp http;

  public ZendeskDesk(DeskSettings settings) {
    this.base = settings.url();
    this.authorization = DeskHttp.basic(settings.email() + "/token", settings.apiToken());
    this.http = new DeskHttp(settings.requestTimeout());
  }

  @Override
  public CompletionStage<TicketRef> create(NewTicket ticket) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode t = body.putObject("ticket");
    t.put("subject", ticket.subject());
    t.putObject("comment").put("body", ticket.body()).put("public", false);
    t.put("priority", ticket.priority() == null ? "normal" : ticket.priority());
    t.put("external_id", ticket.idempotencyKey());
    t.putArray("tags").add("shop_agent").add("agent_" + ticket.category());
    return http.post(base.resolve("/api/v2/tickets"),
            Map.of("Authorization", authorization, "Idempotency-Key", ticket.idempotencyKey()), body.toString())
        .thenApply(this::ref);
  }

  private TicketRef ref(String response) {
    try {
      JsonNode id = JSON.readTree(response).path("ticket").path("id");
      if (!id.canConvertToLong()) {
        throw new DeskHttp.DeskRejected("Zendesk answered without a ticket id");
      }
      return new TicketRef("ZD-" + id.asLong(), base.resolve("/hc/requests/" + id.asLong()).toString(), false);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DeskHttp.DeskRejected("Zendesk answered with unreadable JSON");
    }
  }
}
