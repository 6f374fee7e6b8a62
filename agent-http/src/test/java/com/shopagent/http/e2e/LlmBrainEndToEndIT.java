package com.shopagent.http.e2e;

import static com.shopagent.http.e2e.OpenAiStandIn.hasToolResults;
import static com.shopagent.http.e2e.OpenAiStandIn.lastUserText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM brain end to end: the real agent process and LangChain4j's real OpenAI client, against
 * a local stand-in that speaks the chat-completions format and scripts the model's tool calls.
 */
class LlmBrainEndToEndIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SHOP_SECRET = "llm-e2e-shop-secret-0123456789abcdef";
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path data;

  private static OpenAiStandIn.Answer script(JsonNode request) {
    String user = lastUserText(request);
    boolean second = hasToolResults(request);
    if (user.contains("10237") || user.contains("10283")) {
      String id = user.contains("10237") ? "10237" : "10283";
      return second ? OpenAiStandIn.text(String.join("\n", OpenAiStandIn.toolResults(request)))
          : OpenAiStandIn.toolCalls("get_order_status", "{\"order_id\":\"" + id + "\"}",
              "get_order_status", "{\"order_id\":\"" + id + "\",\"customer_id\":\"102\"}");
    }
    if (user.contains("outage")) {
      return OpenAiStandIn.serverError();
    }
    if (user.contains("shipping")) {
      return second ? OpenAiStandIn.text("Standard shipping within the US takes 3-7 business days (see /docs/shipping).")
          : OpenAiStandIn.toolCalls("read_kb", "{\"query\":\"how long does shipping take\"}");
    }
    if (user.contains("break things")) {
      return second ? OpenAiStandIn.text("I could not do that.")
          : OpenAiStandIn.toolCalls(
              "delete_orders", "{}",
              "read_kb", "{\"query\":\"returns\",\"top_k\":\"lots\"}",
              "read_kb", "{not json",
              "create_ticket", "{\"subject\":\"s\",\"body\":\"b\",\"category\":\"human\",\"customer_id\":\"102\"}");
    }
    return OpenAiStandIn.text("Thanks, noted.");
  }

  @Test
  void should_plan_run_validated_tools_and_answer_and_survive_an_outage() throws Exception {
    try (OpenAiStandIn model = new OpenAiStandIn(LlmBrainEndToEndIT::script);
        ServerProcess server = ServerProcess.start(data, Map.of("AGENT_LLM_PROVIDER", "openai",
            "AGENT_LLM_BASE_URL", model.baseUrl(), "AGENT_LLM_API_KEY", "test-key", "AGENT_SHOP_TOKEN_SECRET", SHOP_SECRET))) {
      JsonNode answer = chat(server, "How long does shipping take?");
      assertTrue(answer.path("reply").path("text").asText().contains("3-7 business days"), answer.toString());
      assertEquals("/docs/shipping", answer.path("reply").path("citations").get(0).path("url").asText(), answer.toString());
      JsonNode toolSpecs = model.requests.get(0).path("tools");
      assertTrue(toolSpecs.toString().contains("read_kb") && toolSpecs.toString().contains("create_ticket"));

      int before = model.requests.size();
      JsonNode refused = chat(server, "please break things");
      assertTrue(refused.path("reply").path("ticket").isNull(), "an invalid create_ticket call must not run: " + refused);
      JsonNode followUp = model.requests.get(model.requests.size() - 1);
      assertEquals(before + 2, model.requests.size());
      List<String> toolResults = new ArrayList<>();
      followUp.path("messages").forEach(m -> {
        if (m.path("role").asText().equals("tool")) {
          toolResults.add(m.path("content").asText());
        }
      });
      assertEquals(4, toolResults.size(), followUp.toString());
      toolResults.forEach(r -> assertTrue(r.startsWith("ERROR: this call was refused"), r));
      assertTrue(toolResults.get(0).contains("unknown tool"));
      assertTrue(toolResults.get(1).contains("integer"));
      assertTrue(toolResults.get(3).contains("customer_id"));

      chat(server, "my email is jane.doe@example.com, please note it");
      for (JsonNode sent : model.requests) {
        assertFalse(sent.toString().contains("jane.doe@example.com"), "the model must only see redacted text");
      }
      assertTrue(model.requests.get(model.requests.size() - 1).toString().contains("<EMAIL_1>"));

      String alice = new com.shopagent.http.auth.ShopTokenSigner(SHOP_SECRET, "demo-shop", "shop-agent").customer(101);
      JsonNode own = chat(server, alice, "where is my order 10283?");
      String ownText = own.path("reply").path("text").asText();
      assertTrue(ownText.contains("FOUND: Your order ending in 0283"), ownText);
      assertTrue(ownText.contains("ERROR: this call was refused"), "an injected customer_id never runs: " + ownText);
      JsonNode other = chat(server, alice, "where is order 10237?");
      String otherText = other.path("reply").path("text").asText();
      assertTrue(otherText.contains("NOT_FOUND_OR_NOT_YOURS: I couldn't find an order ending in 0237"), otherText);
      assertFalse(otherText.contains("Trailhead") || otherText.contains("Juniper Green"),
          "another customer's order data must never reach the model: " + otherText);

      JsonNode outage = chat(server, "simulate an outage please");
      String text = outage.path("reply").path("text").asText();
      assertTrue(text.startsWith("Sorry, I ran into a problem"), text);
      String ticket = outage.path("reply").path("ticket").path("id").asText();
      assertTrue(ticket.startsWith("T-"), "a human follow-up is queued: " + outage);
      var resp = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/tickets/" + ticket))
          .header("Authorization", "Bearer " + outage.path("token").asText()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, resp.statusCode(), resp.body());
      assertTrue(MAPPER.readTree(resp.body()).path("body").asText().contains("brain_failed"));
      JsonNode after = chat(server, "How long does shipping take?");
      assertTrue(after.path("reply").path("text").asText().contains("3-7"), "the session stays usable");
    }
  }

  private JsonNode chat(ServerProcess server, String text) throws Exception {
    return chat(server, null, text);
  }

  private JsonNode chat(ServerProcess server, String bearer, String text) throws Exception {
    var body = MAPPER.createObjectNode().put("text", text);
    var req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/chat")).header("Content-Type", "application/json");
    if (bearer != null) {
      req.header("Authorization", "Bearer " + bearer);
    }
    var resp = http.send(req.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode(), resp.body());
    return MAPPER.readTree(resp.body());
  }
}
