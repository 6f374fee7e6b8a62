package com.shopagent.http.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code agent <command>}: the launcher's subcommands. */
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT, // every subcommand answers --help and --version too
    version = "shop-agent 0.1.0",
    description = "AI customer-support agent for WooCommerce shops.",
    subcommands = {ServeCommand.class, ChatCommand.class, TicketCommand.class, TokenCommand.class, IngestCommand.class,
        KbEvalCommand.class, KbBenchCommand.class, RedactCommand.class, RedactEvalCommand.class, GuardCommand.class,
        GuardEvalCommand.class, GuardTrainCommand.class, RouteCommand.class, RouteEvalCommand.class, EvalCommand.class,
        com.shopagent.http.bench.BenchCommand.class})
public final class AgentCli implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** serve returns once the server is up; the JVM must then stay alive for it. */
  public static boolean keepsRunning(String[] args) {
    return args.length > 0 && args[0].equals("serve");
  }
}
