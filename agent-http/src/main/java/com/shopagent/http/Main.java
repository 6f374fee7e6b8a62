package com.shopagent.http;

import com.shopagent.http.cli.AgentCli;
import picocli.CommandLine;

/** Entry point of {@code bin/agent}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = new CommandLine(new AgentCli()).execute(args);
    } catch (Throwable t) {
      // an Error escaping start-up must still end the JVM: the broker watcher and pools would keep it alive
      t.printStackTrace();
      code = 1;
    }
    if (code != 0 || !AgentCli.keepsRunning(args)) {
      System.exit(code);
    }
  }
}
