package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.Decision;
import com.shopagent.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "route", description = "Route a message as the offline brain would and apply the escalation policy. "
    + "Prints {intent, risk_tier, confidence, escalate, reasons, signals} as JSON, one line per message.")
public final class RouteCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", description = "The message.")
  String text;

  @Option(names = "--jsonl", description = "Route every line of this file ({\"id\": …, \"text\": …} per line).")
  Path jsonl;

  @Mixin
  RoutingOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try {
      if ((text == null) == (jsonl == null)) {
        throw new CliInputException("Give either a message or --jsonl FILE.");
      }
      List<String> ids = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      if (text != null) {
        texts.add(text);
      } else {
        read(jsonl, ids, texts);
      }
      Triage triage = options.triage();
      List<Triage.Result> results = options.assess(spec.commandLine().getErr(), triage, texts);
      for (int i = 0; i < results.size(); i++) {
        spec.commandLine().getOut().println(toJson(ids.isEmpty() ? null : ids.get(i), results.get(i).decision()));
      }
      return 0;
    } catch (CliInputException | IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
  }

  static String toJson(String id, Decision d) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    if (id != null) {
      o.put("id", id);
    }
    o.put("intent", d.intent());
    o.put("risk_tier", d.tier().label());
    o.put("confidence", Math.round(d.confidence() * 1000) / 1000.0);
    o.put("escalate", d.escalate());
    o.set("reasons", Json.MAPPER.valueToTree(d.reasons()));
    ObjectNode s = o.putObject("signals");
    s.put("routing_confidence", d.signals().routingConfidence());
    s.put("routing_margin", d.signals().routingMargin());
    s.put("high_risk_share", d.signals().highRiskShare());
    s.set("risk_flags", Json.MAPPER.valueToTree(d.signals().riskFlags()));
    return o.toString();
  }

  private static void read(Path file, List<String> ids, List<String> texts) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new CliInputException("No such file: " + file);
    } catch (IOException e) {
      throw new CliInputException("Cannot read " + file + ": " + e.getMessage());
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + " line " + (i + 1);
      JsonNode n;
      try {
        n = Json.MAPPER.readTree(lines.get(i));
      } catch (IOException e) {
        throw new CliInputException(where + ": not valid JSON");
      }
      if (n == null || !n.path("text").isTextual()) {
        throw new CliInputException(where + ": needs a \"text\" string");
      }
      ids.add(n.path("id").asText(String.valueOf(i + 1)));
      texts.add(n.get("text").asText());
    }
  }
}
