package com.shopagent.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentCliTest {

  @Test
  void should_answer_help_on_every_command_and_subcommand_without_running_it() {
    List<List<String>> commands = List.of(List.of(), List.of("kb-bench"), List.of("eval"), List.of("eval", "batch"),
        List.of("ingest"), List.of("serve"));
    for (List<String> command : commands) {
      String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
          .toArray(String[]::new);
      CliRun r = CliRun.run("", args);
      assertEquals(0, r.exit(), command + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: agent" + (command.isEmpty() ? "" : " " + String.join(" ", command))),
          command + ": " + r.out());
    }
  }
}
