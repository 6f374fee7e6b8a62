package com.shopagent.http.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local stand-in for an OpenAI-compatible chat-completions endpoint (POST /v1/chat/completions),
 * answering in the published response format with a script the test provides. It records every
 * request so a test can see exactly what the model was sent.
 */
public final class OpenAiStandIn implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  public final List<JsonNode> requests = new CopyOnWriteArrayList<>();

  /** What the script answers: an HTTP status and a body. */
  public record Answer(int status, JsonNode body) {}

  public OpenAiStandIn(Function<JsonNode, Answer> script) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
      requests.add(request);
      Answer answer = script.apply(request);
      byte[] body = answer.body().toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  public static String lastUserText(JsonNode request) {
    String text = "";
    for (JsonNode m : request.path("messages")) {
      if (m.path("role").asText().equals("user")) {
        text = m.path("content").asText();
      }
    }
    return text;
  }

  /** The contents of the tool results in the request, in order. */
  static List<String> toolResults(JsonNode request) {
    List<String> out = new java.util.ArrayList<>();
    request.path("messages").forEach(m -> {
      if (m.path("role").asText().equals("tool")) {
        out.add(m.path("content").asText());
      }
    });
    return out;
  }

  static boolean hasToolResults(JsonNode request) {
    for (JsonNode m : request.path("messages")) {
      if (m.path("role").asText().equals("tool")) {
        return true;
      }
    }
    return false;
  }

  public static Answer text(String content) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
    return new Answer(200, completion(message, "stop"));
  }

  /** Tool calls as [name, arguments-as-sent] pairs. */
  static Answer toolCalls(String... nameThenArguments) {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant");
    message.putNull("content");
    ArrayNode calls = message.putArray("tool_calls");
    for (int i = 0; i < nameThenArguments.length; i += 2) {
      ObjectNode call = calls.addObject().put("id", "call_" + (i / 2 + 1)).put("type", "function");
      call.putObject("function").put("name", nameThenArguments[i]).put("arguments", nameThenArguments[i + 1]);
    }
    return new Answer(200, completion(message, "tool_calls"));
  }

  public static Answer serverError() {
    ObjectNode error = JSON.createObjectNode();
    error.putObject("error").put("message", "The server had an error while processing your request.")
        .put("type", "server_error");
    return new Answer(500, error);
  }

  private static ObjectNode completion(ObjectNode message, String finishReason) {
    ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-standin").put("object", "chat.completion")
        .put("created", 1_764_000_000L).put("model", "gpt-4.1-mini");
    body.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason).set("message", message);
    body.putObject("usage").put("prompt_tokens", 420).put("completion_tokens", 24).put("total_tokens", 444);
    return body;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
