package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ticket", description = "Show a ticket the agent opened, as its requester (the CLI remembers "
    + "which chat opened it) or as staff with --admin-token / AGENT_ADMIN_TOKEN.")
public final class TicketCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Ticket id (T-…) or queued reference (Q-…).")
  String id;

  @Option(names = "--url", description = "The agent's base URL. Default: AGENT_URL or http://127.0.0.1:8080.")
  String url;

  @Option(names = "--admin-token", description = "Staff token (default: AGENT_ADMIN_TOKEN).")
  String adminToken;

  @Override
  public Integer call() throws Exception {
    String base = url != null ? url : System.getenv().getOrDefault("AGENT_URL", "http://127.0.0.1:8080");
    String token = adminToken != null ? adminToken : System.getenv("AGENT_ADMIN_TOKEN");
    if (token == null) {
      token = CliSessions.load().tokenForTicket(id);
    }
    if (token == null) {
      System.err.println("This machine did not open ticket " + id + "; pass --admin-token to read it as staff.");
      return 2;
    }
    HttpRequest req = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/v1/tickets/" + id))
        .header("Authorization", "Bearer " + token).build();
    HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    JsonNode body = Json.MAPPER.readTree(resp.body());
    if (resp.statusCode() != 200) {
      System.err.println("Error " + resp.statusCode() + " (" + body.path("code").asText() + "): " + body.path("message").asText());
      return 1;
    }
    System.out.println(body.toPrettyString());
    return 0;
  }
}
