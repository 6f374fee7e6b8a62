package com.shopagent.http.bench;

import com.shopagent.http.auth.ShopTokenSigner;
import com.shopagent.http.cli.LocalAgent;
import com.shopagent.http.cli.ServerUrl;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every load run shares: which agent, which process to read, who signs in. */
final class Target {
  @Mixin
  ServerUrl server;

  @Option(names = "--customer", defaultValue = "101", description = "Demo customer (WordPress user id) for order "
      + "questions, signed with this installation's shop-token secret; 0: guests only (default ${DEFAULT-VALUE}).")
  long customer;

  @Option(names = "--pid", description = "The agent's process id, to read its heap, RSS and descriptors "
      + "(default: the one `Main serve` on this machine).")
  Long pid;

  String wsUrl() {
    return server.base().replaceFirst("^http", "ws") + "/v1/chat/ws";
  }

  /** Signs visitor tokens for {@link #customer}; null for guests only. */
  LongFunction<String> tokens() throws IOException {
    if (customer <= 0) {
      return null;
    }
    ShopTokenSigner signer = LocalAgent.shopSigner(null);
    return signer::customer;
  }

  Long customerOrNull() {
    return customer > 0 ? customer : null;
  }

  /** The agent's process, when it runs on this machine. */
  Optional<ServerProbe> probe() {
    try {
      return Optional.of(ServerProbe.of(pid));
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage() + "; server figures are left out");
      return Optional.empty();
    }
  }
}
