package com.shopagent.http.eval.suite;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A conversation suite as written in YAML: cases, each with a user (guest or a demo customer
 * id), one or more turns, optional faults per tool, and what must happen. See docs/EVAL.md.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Suite(String suite, List<Case> cases) {
  public Suite {
    cases = cases == null ? List.of() : List.copyOf(cases);
  }

  /**
   * {@code chaos}: tool name to "timeout" or "error", forced on every call of this case; and
   * {@code brain} to "down" or "timeout", the model's outage.
   * {@code tier}: the labelled risk tier the case counts under in per-tier figures (not checked;
   * a guard may refuse before any tier is assessed).
   */
  public record Case(String id, String user, String tier, List<String> turns, Map<String, String> chaos, boolean gate,
      Expect expect) {
    public Case {
      turns = turns == null ? List.of() : List.copyOf(turns);
      chaos = chaos == null ? Map.of() : Map.copyOf(chaos);
      user = user == null ? "guest" : user;
      expect = expect == null ? Expect.NONE : expect;
    }

    public boolean guest() {
      return user.equals("guest");
    }
  }

  /** Checked against the last turn's reply; tools are checked over the whole conversation. */
  public record Expect(
      String intent,
      String tier,
      Boolean escalate,
      @JsonProperty("tools_called") List<ToolMatch> toolsCalled,
      @JsonProperty("tools_not_called") List<ToolMatch> toolsNotCalled,
      List<String> cite,
      List<String> says,
      @JsonProperty("never_says") List<String> neverSays,
      @JsonProperty("orders_of") List<Long> ordersOf,
      @JsonProperty("max_latency_ms") Long maxLatencyMs) {
    static final Expect NONE = new Expect(null, null, null, null, null, null, null, null, null, null);

    public Expect {
      toolsCalled = toolsCalled == null ? List.of() : List.copyOf(toolsCalled);
      toolsNotCalled = toolsNotCalled == null ? List.of() : List.copyOf(toolsNotCalled);
      cite = cite == null ? List.of() : List.copyOf(cite);
      says = says == null ? List.of() : List.copyOf(says);
      neverSays = neverSays == null ? List.of() : List.copyOf(neverSays);
    }
  }

  /** A tool and regexes its arguments must match (all of them; absent argument never matches). */
  public record ToolMatch(String tool, Map<String, String> args) {
    public ToolMatch {
      args = args == null ? Map.of() : Map.copyOf(args);
    }
  }
}
