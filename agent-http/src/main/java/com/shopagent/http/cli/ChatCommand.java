package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "chat", description = "Send one message to a running agent and print the reply with its citations.")
public final class ChatCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "The message.")
  String text;

  @Option(names = "--session", description = "Continue this session (the CLI remembers its token).")
  String session;

  @Mixin
  ServerUrl server;

  @Option(names = "--user", description = "Chat as this signed-in demo customer (WordPress user id); the token "
      + "is signed with this installation's shop-token secret, as the WordPress plugin would.")
  Long user;

  @Option(names = "--json", description = "Print the server's JSON response as it is.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    String base = server.base();
    CliSessions sessions = CliSessions.load();
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("text", text);
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + "/v1/chat"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json");
    if (user != null && session == null) {
      req.header("Authorization", "Bearer " + LocalAgent.shopSigner(null).customer(user));
    }
    if (session != null) {
      body.put("session_id", session);
      String token = sessions.tokenFor(session);
      if (token == null) {
        System.err.println("No token saved for session " + session + " on this machine; it cannot be resumed here.");
        return 2;
      }
      req.header("Authorization", "Bearer " + token);
    }
    var response = CliHttp.send(req.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    if (response.isEmpty()) {
      return 1;
    }
    JsonNode out = response.get();
    String ticket = out.path("reply").path("ticket").path("id").asText("");
    if (!ticket.isEmpty()) {
      sessions.rememberTicket(ticket, out.path("session_id").asText());
    }
    sessions.remember(out.path("session_id").asText(), out.path("token").asText());
    System.out.println(json ? out.toPrettyString() : ReplyPrinter.format(out));
    return 0;
  }
}
