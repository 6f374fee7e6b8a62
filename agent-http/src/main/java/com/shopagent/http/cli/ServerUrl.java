package com.shopagent.http.cli;

import picocli.CommandLine.Option;

/** The {@code --url} option of the commands that talk to a running agent. */
public final class ServerUrl {
  @Option(names = "--url", description = "The agent's base URL. Default: AGENT_URL or http://127.0.0.1:8080.")
  String url;

  public String base() {
    String base = url != null ? url : System.getenv().getOrDefault("AGENT_URL", "http://127.0.0.1:8080");
    return base.replaceAll("/+$", "");
  }
}
