package com.shopagent.http.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A judge model reads each audited conversation (the redacted trail only: it never sees more than
 * the brain's model did) and says per turn what was needed and what went wrong. Where it fails
 * or answers out of shape, that conversation falls back to the reference, and the count is
 * reported: a batch never stops on one bad answer.
 */
final class LlmJudge implements Judge {
  private static final Set<String> TIERS = Set.of("low", "medium", "high");
  private final ChatModel model;
  private final String instructions;
  private final Judge fallback;
  private final AtomicInteger failed = new AtomicInteger();

  LlmJudge(ChatModel model, String instructions, Judge fallback) {
    this.model = model;
    this.instructions = instructions;
    this.fallback = fallback;
  }

  @Override
  public String name() {
    return "judge model" + (failed.get() == 0 ? "" : " (" + failed.get() + " conversation(s) fell back to the "
        + "deterministic checks)");
  }

  @Override
  public List<Verdict> judge(Conversation c) {
    List<Verdict> reference = fallback.judge(c);
    try {
      String answer = model.chat(ChatRequest.builder()
          .messages(SystemMessage.from(instructions), UserMessage.from(transcript(c))).build()).aiMessage().text();
      return parse(answer, reference);
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      System.err.println("judge: session " + c.sessionId() + ": " + e.getMessage() + "; deterministic checks used");
      return reference;
    }
  }

  static String transcript(Conversation c) {
    ArrayNode turns = Json.MAPPER.createArrayNode();
    int n = 1;
    for (Conversation.Turn t : c.turns()) {
      ObjectNode o = turns.addObject();
      o.put("n", n++);
      o.put("customer", t.userText());
      o.put("assistant", t.replyText());
      o.put("intent", t.intent());
      o.put("tier", t.riskTier());
      o.put("escalated", t.escalated());
      o.put("ticket", t.ticketId());
      ArrayNode tools = o.putArray("tool_calls");
      t.tools().forEach(x -> tools.addObject().put("tool", x.tool()).put("status", x.status())
          .put("result", x.summary()).set("arguments", Json.MAPPER.valueToTree(x.arguments())));
      o.set("citations", Json.MAPPER.valueToTree(t.citations()));
    }
    return turns.toString();
  }

  private List<Verdict> parse(String answer, List<Verdict> reference) {
    JsonNode root;
    try {
      String json = answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1); // models wrap JSON in prose
      root = Json.MAPPER.readTree(json);
    } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the judge did not answer with JSON");
    }
    JsonNode turns = root.path("turns");
    if (!turns.isArray() || turns.size() != reference.size()) {
      throw new IllegalStateException("the judge answered for " + turns.size() + " turns, not " + reference.size());
    }
    List<Verdict> out = new ArrayList<>();
    for (int i = 0; i < reference.size(); i++) {
      JsonNode t = turns.get(i);
      Rubric.Expected ref = reference.get(i).expected();
      String tier = t.path("tier").asText("");
      String note = t.path("note").asText("");
      Rubric.Expected expected = new Rubric.Expected(t.path("intent").asText(ref.intent()),
          TIERS.contains(tier) ? tier : ref.tier(), t.path("must_escalate").asBoolean(ref.escalate()),
          note.isBlank() ? List.of("judge") : List.of("judge: " + note));
      List<String> findings = new ArrayList<>();
      if (!t.path("accurate").asBoolean(true)) {
        findings.add("judged inaccurate: " + note);
      }
      if (!t.path("citations_ok").asBoolean(true)) {
        findings.add("citation judged wrong: " + note);
      }
      if (!t.path("actions_ok").asBoolean(true)) {
        findings.add("tool use judged wrong: " + note);
      }
      out.add(new Verdict(expected, findings));
    }
    return out;
  }
}
