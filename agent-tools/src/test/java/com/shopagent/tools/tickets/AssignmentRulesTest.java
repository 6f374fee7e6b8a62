package com.shopagent.tools.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {
  private final AssignmentRules rules = AssignmentRules.defaults();

  @Test
  void should_raise_complaints_and_refunds_to_high_by_default() {
    assertEquals("high", rules.priorityFor("complaint", null));
    assertEquals("high", rules.priorityFor("refund", "low"), "the category is a floor");
    assertEquals("urgent", rules.priorityFor("refund", "urgent"));
    assertEquals("normal", rules.priorityFor("human", null));
    assertEquals("normal", rules.priorityFor("general", "low"));
  }

  @Test
  void should_route_categories_to_teams() {
    assertEquals("billing", rules.assigneeFor("refund"));
    assertEquals("support-leads", rules.assigneeFor("complaint"));
  }

  @Test
  void should_overlay_config_on_the_defaults() {
    AssignmentRules custom = AssignmentRules.fromConfig(ConfigFactory.parseString(
        "assignees { refund = anna }\npriorities { human = high }\ndefault-priority = low"));

    assertEquals("anna", custom.assigneeFor("refund"));
    assertEquals("support-leads", custom.assigneeFor("complaint"));
    assertEquals("high", custom.priorityFor("human", null));
    assertEquals("high", custom.priorityFor("refund", null));
    assertEquals("low", custom.defaultPriority());
  }

  @Test
  void should_leave_unlisted_categories_unassigned() {
    AssignmentRules none = new AssignmentRules(Map.of(), Map.of(), "normal");

    assertNull(none.assigneeFor("refund"));
    assertEquals("normal", none.priorityFor("refund", null));
  }

  @Test
  void should_reject_unknown_priorities() {
    assertThrows(IllegalArgumentException.class,
        () -> AssignmentRules.fromConfig(ConfigFactory.parseString("priorities { refund = asap }")));
  }
}
