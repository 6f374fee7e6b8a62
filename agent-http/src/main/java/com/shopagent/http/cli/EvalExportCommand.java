package com.shopagent.http.cli;

import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.batch.CaseDraft;
import com.shopagent.http.eval.batch.Conversation;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Turn an audited (already redacted) conversation into a draft suite case: "
    + "its turns up to TURN_ID, with what the agent did as the expectation. Prints it, or appends it to --out.")
public final class EvalExportCommand implements Callable<Integer> {
  @Mixin
  AuditOptions audit;

  @Option(names = "--turn", required = true, description = "The turn_id of the audit trail (also shown in batch reports).")
  String turnId;

  @Option(names = "--since", defaultValue = "all", description = "How far back to look for the turn (default ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--out", description = "Suite file to append the case to (created when missing).")
  Path out;

  @Option(names = "--id", description = "Case id (default: export- and the start of the turn id).")
  String id;

  @Override
  public Integer call() throws Exception {
    try {
      if (!turnId.matches("[\\w-]{4,80}")) {
        throw new CliInputException("--turn " + turnId + ": not a turn id");
      }
      Conversation c = audit.conversationOf(turnId, AuditOptions.since(since))
          .orElseThrow(() -> new BadInput("turn " + turnId + " not found in " + audit.describeSource()
              + (since.equals("all") ? "" : " since " + since) + " (a turn is audited once it has finished)"));
      Set<String> taken = out == null ? Set.of() : CaseDraft.ids(out);
      String base = id != null ? id : "export-" + turnId.substring(0, Math.min(8, turnId.length()));
      String caseId = base;
      for (int n = 2; taken.contains(caseId); n++) {
        caseId = base + "-" + n;
      }
      String yaml = CaseDraft.draft(c, turnId, audit.customers().userOf(c.userHash()), caseId);
      if (out == null) {
        System.out.print(yaml);
      } else {
        CaseDraft.appendTo(out, yaml);
        System.out.println("appended case " + caseId + " to " + out);
      }
      return 0;
    } catch (CliInputException | BadInput | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
