package com.shopagent.tools.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.tools.tasks.TaskHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Executes {@code order_note} tasks: {@code POST /wp-json/wc/v3/orders/{id}/notes} with
 * {@code customer_note=false} (staff only; WooCommerce would otherwise mail the customer), signed
 * like the order lookups. Needs a key with write permission. Blocking.
 */
public final class WooOrderNotes implements TaskHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WooCommerceSettings settings;
  private final HttpClient http;
  private final OAuth1Signer signer;

  public WooOrderNotes(WooCommerceSettings settings) {
    this.settings = settings.validated();
    this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    this.signer = new OAuth1Signer(settings.consumerKey(), settings.consumerSecret());
  }

  @Override
  public void execute(String taskId, Map<String, String> payload) throws Exception {
    if (settings.demo()) {
      return; // the demo store has no notes to write; the task counts as done
    }
    long orderId = Long.parseLong(payload.get("order_id"));
    URI uri = URI.create(settings.url() + "/wp-json/wc/v3/orders/" + orderId + "/notes");
    String body = JSON.writeValueAsString(Map.of("note", payload.get("note"), "customer_note", false));
    HttpRequest.Builder b = HttpRequest.newBuilder().timeout(settings.requestTimeout())
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (settings.plainHttp()) {
      b.uri(URI.create(uri + "?" + signer.signedQuery("POST", uri)));
    } else {
      String pair = settings.consumerKey() + ":" + settings.consumerSecret();
      b.uri(uri).header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<byte[]> response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 201 && response.statusCode() != 200) {
      throw new OrderSourceException(OrderSourceException.Kind.SERVER_ERROR, "WooCommerce answered "
          + response.statusCode() + " " + WooErrors.code(response.body()) + " to an order note");
    }
  }
}
