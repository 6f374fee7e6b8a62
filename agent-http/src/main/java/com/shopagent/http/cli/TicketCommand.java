package com.shopagent.http.cli;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ticket", description = "Show a ticket the agent opened, as its requester (the CLI remembers "
    + "which chat opened it) or as staff with --admin-token / AGENT_ADMIN_TOKEN.")
public final class TicketCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Ticket id (T-…) or queued reference (Q-…).")
  String id;

  @Mixin
  ServerUrl server;

  @Option(names = "--admin-token", description = "Staff token (default: AGENT_ADMIN_TOKEN).")
  String adminToken;

  @Override
  public Integer call() throws Exception {
    String token = adminToken != null ? adminToken : System.getenv("AGENT_ADMIN_TOKEN");
    if (token == null) {
      token = CliSessions.load().tokenForTicket(id);
    }
    if (token == null) {
      System.err.println("This machine did not open ticket " + id + "; pass --admin-token to read it as staff.");
      return 2;
    }
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.base() + "/v1/tickets/" + id))
        .header("Authorization", "Bearer " + token).build();
    var body = CliHttp.send(req);
    if (body.isEmpty()) {
      return 1;
    }
    System.out.println(body.get().toPrettyString());
    return 0;
  }
}
