package com.shopagent.http.bench;

import picocli.CommandLine.Command;

/** {@code agent bench ...}: load runs against a running agent. */
@Command(name = "bench", description = "Load runs against a running agent (figures for docs/BENCHMARKS.md).",
    subcommands = {ChatBenchCommand.class, SoakCommand.class})
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
