package com.shopagent.tools.tickets;

import com.typesafe.config.Config;
import java.util.HashMap;
import java.util.Map;

/**
 * Who gets a new ticket and how urgent it is, by category. The category's priority is a floor:
 * the agent may raise a ticket's priority but never lower a complaint or a refund below it.
 *
 * @param assignees category → team or person handle; a category not listed stays unassigned
 * @param priorities category → lowest priority for it
 * @param defaultPriority for categories not in {@code priorities}
 */
public record AssignmentRules(
    Map<String, String> assignees, Map<String, String> priorities, String defaultPriority) {

  public AssignmentRules {
    assignees = Map.copyOf(assignees);
    priorities = Map.copyOf(priorities);
    priorities.values().forEach(AssignmentRules::checkPriority);
    checkPriority(defaultPriority);
  }

  public static AssignmentRules defaults() {
    return new AssignmentRules(
        Map.of("human", "support", "complaint", "support-leads", "refund", "billing", "general", "support"),
        Map.of("complaint", "high", "refund", "high", "human", "normal", "general", "normal"),
        "normal");
  }

  /**
   * Reads a block such as {@code assignees { refund = billing }}, {@code priorities { refund = high }},
   * {@code default-priority = normal}; anything left out keeps its default.
   */
  public static AssignmentRules fromConfig(Config config) {
    AssignmentRules base = defaults();
    Map<String, String> assignees = new HashMap<>(base.assignees());
    Map<String, String> priorities = new HashMap<>(base.priorities());
    if (config.hasPath("assignees")) {
      config.getConfig("assignees").root().unwrapped().forEach((k, v) -> assignees.put(k, String.valueOf(v)));
    }
    if (config.hasPath("priorities")) {
      config.getConfig("priorities").root().unwrapped().forEach((k, v) -> priorities.put(k, String.valueOf(v)));
    }
    String fallback =
        config.hasPath("default-priority") ? config.getString("default-priority") : base.defaultPriority();
    return new AssignmentRules(assignees, priorities, fallback);
  }

  /** Null when nobody is set for the category: the ticket waits in the shared queue. */
  public String assigneeFor(String category) {
    return assignees.get(category);
  }

  public String priorityFor(String category, String requested) {
    String floor = priorities.getOrDefault(category, defaultPriority);
    if (requested == null) {
      return floor;
    }
    return rank(requested) >= rank(floor) ? requested : floor;
  }

  private static int rank(String priority) {
    return NewTicket.PRIORITIES.indexOf(priority);
  }

  private static void checkPriority(String priority) {
    if (!NewTicket.PRIORITIES.contains(priority)) {
      throw new IllegalArgumentException("unknown priority: " + priority);
    }
  }
}
