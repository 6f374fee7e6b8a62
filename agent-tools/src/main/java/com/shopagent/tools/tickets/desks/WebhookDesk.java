package com.shopagent.tools.tickets.desks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.model.TicketRef;
import com.shopagent.tools.tickets.NewTicket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Any system behind a signed webhook. Each ticket is one {@code POST} of JSON with
 * {@code X-ShopAgent-Signature: sha256=<hex HMAC-SHA256 of the raw body>} and
 * {@code Idempotency-Key}; the receiver must verify the signature and treat a repeated key as the
 * same ticket. It answers 2xx, optionally with {@code {"id": "...", "url": "..."}}.
 */
public final class WebhookDesk implements RemoteDesk {
  public static final String SIGNATURE_HEADER = "X-ShopAgent-Signature";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final byte[] secret;
  private final DeskHttp http;

  public WebhookDesk(DeskSettings settings) {
    this.url = settings.url();
    this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
    this.http = new DeskHttp(settings.requestTimeout());
  }

  @Override
  public CompletionStage<TicketRef> create(NewTicket t) {
    ObjectNode body = JSON.createObjectNode();
    body.put("event", "ticket.requested").put("version", 1);
    body.put("idempotency_key", t.idempotencyKey());
    body.put("subject", t.subject()).put("body", t.body());
    body.put("category", t.category()).put("priority", t.priority() == null ? "normal" : t.priority());
    body.put("requester", t.requesterSubject()).put("session_id", t.sessionId());
    String json = body.toString();
    return http.post(url, Map.of(SIGNATURE_HEADER, "sha256=" + sign(secret, json),
            "Idempotency-Key", t.idempotencyKey()), json)
        .thenApply(response -> ref(t, response));
  }

  /** The receiver's id when it sends one; otherwise a stable id derived from the request key. */
  private TicketRef ref(NewTicket t, String response) {
    JsonNode answer;
    try {
      answer = response.isBlank() ? JSON.createObjectNode() : JSON.readTree(response);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      answer = JSON.createObjectNode();
    }
    String id = answer.path("id").asText("");
    String ticketId = id.isBlank() || id.length() > 36 ? "WH-" + FreshdeskDesk.tag(t).substring(3) : "WH-" + id;
    String link = answer.path("url").asText("");
    return new TicketRef(ticketId, link.startsWith("https://") || link.startsWith("http://") ? link : "", false);
  }

  public static String sign(byte[] secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
