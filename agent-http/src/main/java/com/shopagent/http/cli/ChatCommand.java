package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "chat", description = "Send one message to a running agent and print the reply with its citations.")
public final class ChatCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "The message.")
  String text;

  @Option(names = "--session", description = "Continue this session (the CLI remembers its token).")
  String session;

  @Option(names = "--url", description = "The agent's base URL. Default: AGENT_URL or http://127.0.0.1:8080.")
  String url;

  @Option(names = "--json", description = "Print the server's JSON response as it is.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    String base = url != null ? url : System.getenv().getOrDefault("AGENT_URL", "http://127.0.0.1:8080");
    CliSessions sessions = CliSessions.load();
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("text", text);
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/v1/chat"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json");
    if (session != null) {
      body.put("session_id", session);
      String token = sessions.tokenFor(session);
      if (token == null) {
        System.err.println("No token saved for session " + session + " on this machine; it cannot be resumed here.");
        return 2;
      }
      req.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> resp;
    try {
      resp = HttpClient.newHttpClient().send(req.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.net.ConnectException e) {
      System.err.println("Cannot reach the agent at " + base + ". Is it running (bin/agent serve)?");
      return 3;
    }
    JsonNode out = Json.MAPPER.readTree(resp.body());
    if (resp.statusCode() != 200) {
      System.err.println("Error " + resp.statusCode() + " (" + out.path("code").asText() + "): " + out.path("message").asText());
      return 1;
    }
    String ticket = out.path("reply").path("ticket").path("id").asText("");
    if (!ticket.isEmpty()) {
      sessions.rememberTicket(ticket, out.path("session_id").asText());
    }
    sessions.remember(out.path("session_id").asText(), out.path("token").asText());
    System.out.println(json ? out.toPrettyString() : ReplyPrinter.format(out));
    return 0;
  }
}
