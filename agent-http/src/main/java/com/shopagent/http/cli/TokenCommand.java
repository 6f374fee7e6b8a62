package com.shopagent.http.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "token", description = "Sign a visitor token the way the shop's WordPress plugin does, with this "
    + "installation's shop-token secret: for demos and testing a signed-in customer without WordPress.")
public final class TokenCommand implements Callable<Integer> {

  @Option(names = "--user", description = "WordPress user id of the signed-in customer.")
  Long user;

  @Option(names = "--guest", description = "Sign a guest token with this guest id instead.")
  String guest;

  @Option(names = "--home", description = "The agent's home (default: AGENT_HOME or the current folder).")
  Path home;

  @Override
  public Integer call() throws Exception {
    if ((user == null) == (guest == null)) {
      System.err.println("Give exactly one of --user ID or --guest ID.");
      return 2;
    }
    var signer = LocalAgent.shopSigner(home);
    System.out.println(user != null ? signer.customer(user)
        : signer.sign("guest:" + guest, "support.read_kb tickets.create", Duration.ofMinutes(5)));
    return 0;
  }
}
