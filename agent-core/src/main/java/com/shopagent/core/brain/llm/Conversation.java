package com.shopagent.core.brain.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.brain.TurnContext;
import com.shopagent.core.model.Passage;
import com.shopagent.core.session.Turn;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model sees for one step: the system prompt, the redacted history, the redacted
 * message, and this turn's tool calls with their results (refusals and failures included, so the
 * model can recover instead of guessing).
 */
final class Conversation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Conversation() {}

  static List<ChatMessage> of(String systemPrompt, TurnContext ctx) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(systemPrompt));
    for (Turn t : ctx.history()) {
      messages.add(UserMessage.from(t.userText()));
      messages.add(AiMessage.from(t.replyText()));
    }
    messages.add(UserMessage.from(ctx.userText()));
    if (!ctx.outcomes().isEmpty()) {
      List<ToolExecutionRequest> calls = new ArrayList<>();
      List<ChatMessage> results = new ArrayList<>();
      for (ToolOutcome o : ctx.outcomes()) {
        calls.add(ToolExecutionRequest.builder().id(o.requestId()).name(o.tool()).arguments(json(o)).build());
        results.add(ToolExecutionResultMessage.from(o.requestId(), o.tool(), render(o)));
      }
      messages.add(AiMessage.from(calls));
      messages.addAll(results);
    }
    return messages;
  }

  static String render(ToolOutcome o) {
    return switch (o.status()) {
      case REFUSED -> "ERROR: this call was refused and did not run: " + o.error();
      case FAILED -> "ERROR: the tool failed: " + o.error();
      case FALLBACK -> "The tool is unavailable; its fallback says: " + body(o.output());
      case OK -> body(o.output());
    };
  }

  private static String body(ToolOutput out) {
    if (out instanceof ToolOutput.Passages p) {
      StringBuilder b = new StringBuilder();
      int i = 1;
      for (Passage passage : p.passages()) {
        b.append('[').append(i++).append("] ").append(passage.title()).append(" (").append(passage.url()).append(")\n")
            .append(ToolOutputScreen.screen(passage.text())).append("\n\n");
      }
      return b.length() == 0 ? "No passages found." : b.toString();
    }
    if (out instanceof ToolOutput.TicketCreated t) {
      return (t.ticket().queued() ? "Queued as " : "Created ticket ") + t.ticket().id();
    }
    if (out instanceof ToolOutput.OrderStatus s) {
      return s.lookup() + ": " + ToolOutputScreen.screen(s.customerText());
    }
    return out == null ? "" : ToolOutputScreen.screen(((ToolOutput.Text) out).text());
  }

  private static String json(ToolOutcome o) {
    try {
      return JSON.writeValueAsString(o.arguments());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "{}";
    }
  }
}
