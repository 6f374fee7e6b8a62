package com.shopagent.http.eval.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.eval.suite.SuiteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suite case drafted from an audited conversation: the customer's (redacted) turns up to the
 * chosen one, and what the agent did then as the expectation. A draft: a person reviews it,
 * which is why it never gates until someone sets {@code gate: true}.
 */
public final class CaseDraft {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
  private static final Pattern ORDER_ARG = Pattern.compile("order_id|order_number");

  private CaseDraft() {}

  /** The case as YAML list item, with a comment saying where it came from. */
  public static String draft(Conversation c, String turnId, String user, String id) {
    List<Conversation.Turn> turns = c.through(turnId);
    if (turns.isEmpty()) {
      throw new BadInput("turn " + turnId + " is not in session " + c.sessionId());
    }
    Conversation.Turn last = turns.get(turns.size() - 1);
    ObjectNode node = YAML.createObjectNode();
    node.put("id", id);
    node.put("user", user);
    ArrayNode said = node.putArray("turns");
    turns.forEach(t -> said.add(t.userText()));
    node.put("gate", false);
    ObjectNode expect = node.putObject("expect");
    expect.put("intent", last.intent());
    expect.put("tier", last.riskTier());
    expect.put("escalate", last.escalated() || turns.stream().anyMatch(Conversation.Turn::escalated));
    Set<String> tools = new LinkedHashSet<>();
    ArrayNode called = expect.putArray("tools_called");
    for (Conversation.Turn t : turns) {
      for (Conversation.ToolCall call : t.tools()) {
        ObjectNode match = YAML.createObjectNode().put("tool", call.tool());
        // order numbers are what a case is about; free-text arguments would make a brittle draft
        call.arguments().entrySet().stream().filter(a -> ORDER_ARG.matcher(a.getKey()).matches())
            .forEach(a -> match.putObject("args").put(a.getKey(), "^" + a.getValue().replaceAll("\\W", "\\\\$0") + "$"));
        if (call.status().matches("ok|fallback") && tools.add(match.toString())) {
          called.add(match);
        }
      }
    }
    ArrayNode cite = expect.putArray("cite");
    last.citations().forEach(cite::add);
    ArrayNode owners = expect.putArray("orders_of");
    if (user.matches("\\d+")) {
      owners.add(Long.parseLong(user));
    }
    try {
      String yaml = YAML.writeValueAsString(YAML.createArrayNode().add(node));
      return "# Drafted by agent eval export from turn " + turnId + " of session " + c.sessionId() + " (" + last.at()
          + ").\n# The expectations are what the agent did then: review them before setting gate: true.\n" + yaml;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Appends the case to a suite file (comments and the rest kept as written), or starts a new
   * suite there; the file is checked afterwards and restored when the result would not load.
   */
  public static void appendTo(Path suiteFile, String caseYaml) throws IOException {
    if (!Files.exists(suiteFile)) {
      Files.writeString(suiteFile, "suite: " + suiteFile.getFileName().toString().replaceFirst("\\.ya?ml$", "")
          + "\ncases:\n" + caseYaml);
    } else {
      String before = Files.readString(suiteFile);
      Matcher m = Pattern.compile("(?m)^( *)- id:").matcher(before);
      String indent = m.find() ? m.group(1) : "";
      String block = caseYaml.lines().map(l -> indent + l).reduce("", (a, b) -> a + b + "\n");
      Files.writeString(suiteFile, before + (before.endsWith("\n") ? "" : "\n") + block);
      try {
        SuiteFile.load(suiteFile);
      } catch (IllegalArgumentException e) {
        Files.writeString(suiteFile, before);
        throw new BadInput("not appended, the suite would not load: " + e.getMessage());
      }
      return;
    }
    SuiteFile.load(suiteFile);
  }

  /** The suite's ids, so a draft gets a fresh one. */
  public static Set<String> ids(Path suiteFile) {
    if (!Files.exists(suiteFile)) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    SuiteFile.load(suiteFile).cases().forEach(c -> ids.add(c.id()));
    return ids;
  }
}
