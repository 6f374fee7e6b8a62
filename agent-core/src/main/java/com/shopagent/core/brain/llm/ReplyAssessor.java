package com.shopagent.core.brain.llm;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.TurnContext;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-check of an LLM answer: did it cite what it retrieved, did every tool work, does it
 * mention an order number nobody gave it? Each failed check lowers confidence and is recorded.
 */
final class ReplyAssessor {
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{4,}\\b");

  private ReplyAssessor() {}

  static Reply assess(TurnContext ctx, String text) {
    List<String> reasons = new ArrayList<>();
    double confidence = 0.85;
    Map<String, Citation> cited = new LinkedHashMap<>();
    List<Passage> retrieved = new ArrayList<>();
    TicketRef ticket = null;
    String intent = "other";
    StringBuilder evidence = new StringBuilder(ctx.userText());
    for (ToolOutcome o : ctx.outcomes()) {
      if (o.status() != ToolOutcome.Status.OK) {
        confidence = Math.min(confidence, 0.5);
        reasons.add("tool_" + o.status().name().toLowerCase(java.util.Locale.ROOT) + ":" + o.tool());
      }
      if (o.output() instanceof ToolOutput.Passages p) {
        retrieved.addAll(p.passages());
        intent = "faq";
      } else if (o.output() instanceof ToolOutput.TicketCreated t) {
        ticket = t.ticket();
        intent = "human";
      } else if (o.output() instanceof ToolOutput.OrderStatus s) {
        intent = "order_status";
        evidence.append(' ').append(s.customerText());
        if (s.lookup() != ToolOutput.OrderStatus.Lookup.FOUND) {
          confidence = Math.min(confidence, 0.6);
          reasons.add("order_" + s.lookup().name().toLowerCase(java.util.Locale.ROOT));
        }
      }
      if (o.output() != null) {
        evidence.append(' ').append(o.output().summary());
      }
    }
    for (Passage p : retrieved) {
      if (text.contains(p.url())) {
        cited.putIfAbsent(p.url(), new Citation(p.url(), p.title()));
      }
      evidence.append(' ').append(p.text());
    }
    if (!retrieved.isEmpty() && cited.isEmpty()) {
      confidence = Math.min(confidence, 0.55);
      reasons.add("no_citation");
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if (!evidence.toString().contains(m.group())) {
        confidence = Math.min(confidence, 0.3); // never guess order data
        reasons.add("unverified_number");
        break;
      }
    }
    Outcome outcome = ticket != null ? Outcome.TICKET : Outcome.ANSWERED;
    return new Reply(text, List.copyOf(cited.values()), outcome, ticket != null, ticket, intent, confidence, reasons);
  }
}
