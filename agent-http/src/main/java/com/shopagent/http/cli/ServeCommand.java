package com.shopagent.http.cli;

import com.shopagent.http.AgentServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the agent. With no configuration: the embedded demo shop, "
    + "offline brain, H2 database and an embedded Kafka broker.")
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--home", description = "Folder that relative paths (data dir, knowledge source) are resolved from. "
      + "Default: AGENT_HOME or the current folder.")
  Path home;

  @Option(names = "--port", description = "HTTP port (overrides AGENT_HTTP_PORT; 0 picks a free one).")
  Integer port;

  @Option(names = "--data-dir", description = "Where the embedded default keeps its data (overrides AGENT_DATA_DIR).")
  String dataDir;

  @Override
  public Integer call() throws Exception {
    if (port != null) {
      System.setProperty("shop-agent.http.port", port.toString());
    }
    if (dataDir != null) {
      System.setProperty("shop-agent.data-dir", dataDir);
    }
    long started = System.nanoTime();
    AgentServer server = AgentServer.start(LocalAgent.config(), LocalAgent.home(home));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "agent-shutdown"));
    server.printUrls();
    System.out.printf("  Started in %.1f s. Stop with Ctrl-C.%n", (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
