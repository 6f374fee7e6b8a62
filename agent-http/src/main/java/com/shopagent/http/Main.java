package com.shopagent.http;

import com.shopagent.http.cli.AgentCli;
import picocli.CommandLine;

/** Entry point of {@code bin/agent}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    useLogFormat(System.getenv("AGENT_LOG_FORMAT"));
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

  /**
   * AGENT_LOG_FORMAT=json: one JSON event per line (logback-json.xml) for production log
   * shippers; anything else keeps the text format. Runs before the first logger exists, since
   * logback reads its configuration once; an explicit -Dlogback.configurationFile wins.
   */
  static void useLogFormat(String format) {
    if ("json".equalsIgnoreCase(format) && System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "logback-json.xml");
    }
  }
}
