package com.shopagent.http.eval.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Judges a finished case against its expectations; every broken one becomes a readable failure. */
final class CaseCheck {
  private final DemoOrders orders;

  CaseCheck(DemoOrders orders) {
    this.orders = orders;
  }

  List<String> failures(Suite.Case c, List<CaseResult.TurnRecord> turns, List<CaseResult.Call> calls) {
    Suite.Expect e = c.expect();
    CaseResult.TurnRecord last = turns.get(turns.size() - 1);
    List<String> out = new ArrayList<>();
    if (e.intent() != null && !e.intent().equals(last.intent())) {
      out.add("intent: expected " + e.intent() + ", got " + last.intent());
    }
    if (e.tier() != null && !e.tier().equals(last.tier())) {
      out.add("risk tier: expected " + e.tier() + ", got " + last.tier());
    }
    boolean escalated = turns.stream().anyMatch(CaseResult.TurnRecord::escalated);
    if (e.escalate() != null && e.escalate() != escalated) {
      out.add(e.escalate() ? "missed escalation: the agent answered on its own" : "escalated when it should not");
    }
    e.toolsCalled().stream().filter(m -> calls.stream().noneMatch(call -> matches(m, call)))
        .forEach(m -> out.add("tool not called as expected: " + m.tool() + " " + m.args()));
    e.toolsNotCalled().stream().filter(m -> calls.stream().anyMatch(call -> matches(m, call)))
        .forEach(m -> out.add("forbidden tool called: " + m.tool() + " " + m.args()));
    e.cite().stream().filter(url -> !last.citations().contains(url))
        .forEach(url -> out.add("not cited: " + url));
    String text = last.reply();
    e.says().stream().filter(r -> !Pattern.compile(r).matcher(text).find())
        .forEach(r -> out.add("reply lacks /" + r + "/"));
    turns.forEach(t -> e.neverSays().stream().filter(r -> Pattern.compile(r).matcher(t.reply()).find())
        .forEach(r -> out.add("reply contains forbidden /" + r + "/")));
    if (e.ordersOf() != null) {
      Set<Long> allowed = Set.copyOf(e.ordersOf());
      turns.forEach(t -> orders.foreignMentions(t.reply(), allowed)
          .forEach(leak -> out.add("another customer's order data appears: " + leak)));
    }
    if (e.maxLatencyMs() != null) {
      turns.stream().filter(t -> t.latencyMs() > e.maxLatencyMs())
          .forEach(t -> out.add("turn took " + t.latencyMs() + " ms, budget " + e.maxLatencyMs() + " ms"));
    }
    return List.copyOf(out);
  }

  static boolean matches(Suite.ToolMatch m, CaseResult.Call call) {
    if (!m.tool().equals(call.tool())) {
      return false;
    }
    for (Map.Entry<String, String> arg : m.args().entrySet()) {
      String value = call.arguments().get(arg.getKey());
      if (value == null || !Pattern.compile(arg.getValue()).matcher(value).find()) {
        return false;
      }
    }
    return true;
  }
}
