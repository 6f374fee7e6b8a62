package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redaction;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.Json;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.JsonLines;
import com.shopagent.http.eval.TextRecord;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "redact", description = "Replace emails, phone numbers, card numbers, IBANs and street addresses "
    + "in the text on stdin by tokens (<EMAIL_1>...), as the agent does before logging or prompting a model.")
public final class RedactCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the spans found as a JSON array of {entity_type,start,end} "
      + "(code-point offsets into the input) instead of the redacted text.")
  boolean json;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Redact each {\"id\",\"text\"} line of FILE; "
      + "print {\"id\",\"text\",\"spans\"} per line.")
  Path jsonl;

  @Override
  public Integer call() throws Exception {
    Redactor redactor = CliRedactor.create();
    if (jsonl == null) {
      String text = StdIn.readAll();
      Redaction r = redactor.redact(text, PiiTokens.EMPTY);
      System.out.println(json ? CliRedactor.spans(text, r).toString() : r.text());
      return 0;
    }
    try {
      for (TextRecord rec : JsonLines.read(jsonl)) {
        Redaction r = redactor.redact(rec.text(), PiiTokens.EMPTY); // each line is its own conversation
        ObjectNode out = Json.MAPPER.createObjectNode().put("id", rec.id()).put("text", r.text());
        out.set("spans", CliRedactor.spans(rec.text(), r));
        System.out.println(out);
      }
      return 0;
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
