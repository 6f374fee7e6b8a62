package com.shopagent.http;

import com.shopagent.http.cli.AgentCli;
import picocli.CommandLine;

/** Entry point of {@code bin/agent}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = new CommandLine(new AgentCli()).execute(args);
    if (code != 0 || !AgentCli.keepsRunning(args)) {
      System.exit(code);
    }
  }
}
