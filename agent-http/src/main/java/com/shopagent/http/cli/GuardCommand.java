package com.shopagent.http.cli;

import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.JsonLines;
import com.shopagent.http.eval.TextRecord;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "guard", description = "Check a customer message (stdin) for prompt injection, jailbreaks, "
    + "system-prompt extraction, requests for other customers' data, tools or secrets; prints "
    + "{\"id\",\"verdict\":\"allow\"|\"block\",\"reasons\"}. The message is redacted first, as in the agent.")
public final class GuardCommand implements Callable<Integer> {

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Check each {\"id\",\"text\"} line of FILE; one result a line.")
  Path jsonl;

  @Override
  public Integer call() throws Exception {
    CliGuard guard = new CliGuard();
    if (jsonl == null) {
      System.out.println(CliGuard.json("stdin", guard.check(StdIn.readAll())));
      return 0;
    }
    try {
      for (TextRecord r : JsonLines.read(jsonl)) {
        System.out.println(CliGuard.json(r.id(), guard.check(r.text())));
      }
      return 0;
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
