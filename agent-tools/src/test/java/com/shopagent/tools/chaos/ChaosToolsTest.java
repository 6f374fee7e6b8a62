package com.shopagent.tools.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.ChaosSettings;
import com.shopagent.core.tooling.FaultyTool;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolCallActor;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Done-when 3: each real tool, with a forced timeout and a forced error, run by the real
 * ToolCallActor, ends in its documented fallback within its own time budget.
 */
class ChaosToolsTest {
  static final ActorTestKit testKit = ActorTestKit.create();
  static final ChaosRig rig = ChaosRig.open();
  static final Identity ALICE = new Identity("user:101",
      Set.of(Identity.READ_KB, Identity.ORDERS_READ_OWN, Identity.TICKETS_CREATE));

  @AfterAll
  static void shutdown() {
    testKit.shutdownTestKit();
    rig.close();
  }

  static Stream<Arguments> faults() {
    ChaosSettings hang = new ChaosSettings(1.0, 0, Duration.ZERO);
    ChaosSettings fail = new ChaosSettings(0, 1.0, Duration.ZERO);
    return Stream.of("read_kb", "get_order_status", "create_ticket")
        .flatMap(tool -> Stream.of(Arguments.of(tool, "timeout", hang), Arguments.of(tool, "error", fail)));
  }

  static ToolRequest request(String tool) {
    return switch (tool) {
      case "read_kb" -> new ToolRequest("kb-1", tool, Map.of("query", "how long is shipping", "top_k", "5"));
      case "get_order_status" -> new ToolRequest("order-1", tool, Map.of("order_id", "10231"));
      default -> new ToolRequest("ticket-1", tool, Map.of("subject", "Customer asks for a person",
          "body", "Summary: customer asks for a person", "category", "human"));
    };
  }

  private static ToolOutcome run(Tool tool, ToolRequest request) {
    TestProbe<ToolOutcome> probe = testKit.createTestProbe();
    String key = "chaos-" + UUID.randomUUID();
    testKit.spawn(ToolCallActor.create(tool, request, new ToolContext("s-chaos", "t-1", ALICE, key), probe.ref()));
    return probe.expectMessageClass(ToolOutcome.class, tool.spec().timeout().plusSeconds(2));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void should_give_the_documented_fallback_within_the_budget_when_chaos_forces_a_fault(
      String name, String fault, ChaosSettings chaos) {
    Tool real = rig.tools().stream().filter(t -> t.spec().name().equals(name)).findFirst().orElseThrow();
    Tool faulty = FaultyTool.wrap(List.of(real), Map.of(name, chaos)).get(0);

    ToolOutcome outcome = run(faulty, request(name));

    assertEquals(ToolOutcome.Status.FALLBACK, outcome.status(), outcome.toString());
    assertTrue(outcome.latencyMs() <= real.spec().timeout().toMillis(),
        name + " took " + outcome.latencyMs() + " ms, budget " + real.spec().timeout());
    if (fault.equals("error")) {
      assertTrue(outcome.error().contains("chaos: injected error"), outcome.error());
    } else {
      assertTrue(outcome.error().contains("timed out"), outcome.error());
    }
    switch (name) {
      case "read_kb" -> assertTrue(assertInstanceOf(ToolOutput.Text.class, outcome.output()).text()
          .contains("knowledge base is unavailable"), outcome.output().summary());
      case "get_order_status" -> {
        var status = assertInstanceOf(ToolOutput.OrderStatus.class, outcome.output());
        assertEquals(ToolOutput.OrderStatus.Lookup.UNAVAILABLE, status.lookup());
        assertTrue(status.customerText().contains("ending in 0231"), status.customerText());
      }
      default -> {
        var queued = assertInstanceOf(ToolOutput.TicketCreated.class, outcome.output()).ticket();
        assertTrue(queued.queued() && queued.id().startsWith("Q-"), queued.toString());
        assertTrue(rig.outbox().find(queued.id()).isPresent(), "the request waits in the outbox");
      }
    }
  }

  @Test
  void should_answer_normally_but_later_when_chaos_only_adds_latency() {
    Tool real = rig.tools().get(0);
    Tool slow = FaultyTool.wrap(List.of(real), Map.of("read_kb", new ChaosSettings(0, 0, Duration.ofMillis(400))))
        .get(0);

    ToolOutcome outcome = run(slow, request("read_kb"));

    assertEquals(ToolOutcome.Status.OK, outcome.status(), outcome.toString());
    assertTrue(outcome.latencyMs() >= 400, "latency " + outcome.latencyMs());
  }

  @Test
  void should_leave_a_tool_untouched_when_its_chaos_settings_are_off() {
    Tool real = rig.tools().get(1);

    List<Tool> wrapped = FaultyTool.wrap(List.of(real), Map.of("get_order_status", ChaosSettings.OFF));

    assertEquals(List.of(real), wrapped);
    assertEquals(ToolOutcome.Status.OK, run(wrapped.get(0), request("get_order_status")).status());
  }
}
