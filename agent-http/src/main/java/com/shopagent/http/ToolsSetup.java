package com.shopagent.http;

import com.shopagent.core.tooling.Tool;
import com.shopagent.http.tasks.TasksSetup;
import com.shopagent.tools.kb.KnowledgeBase;
import com.shopagent.tools.kb.ReadKbTool;
import com.shopagent.tools.orders.GetOrderStatusTool;
import com.shopagent.tools.orders.OrderSource;
import com.shopagent.tools.tickets.CreateTicketTool;
import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.TicketDesk;
import com.shopagent.tools.tickets.TicketOutbox;
import com.shopagent.tools.tickets.TicketQuota;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The hands every session has: the knowledge base, tickets and order status, plus the deferred
 * task tools. The server backs them with the configured desk; `agent eval` uses the built-in desk
 * (an evaluation must never file tickets in the shop's real help desk) and taps them.
 */
public final class ToolsSetup {
  private ToolsSetup() {}

  /**
   * @param quota tickets per identity and network: the server's from config; eval runs unlimited
   * @param email whether to offer {@code send_email} (only where something sends what it queues), and its rules
   */
  public static List<Tool> all(AgentSettings settings, KnowledgeBase kb, TicketDesk desk, TicketOutbox outbox,
      TicketQuota quota, OrderSource orders, Database db, TasksSetup.EmailRules email, Executor blocking) {
    return Stream.concat(core(settings, kb, desk, outbox, quota, orders, blocking).stream(),
        TasksSetup.tools(db, email, orders, blocking).stream()).toList();
  }

  static List<Tool> core(AgentSettings settings, KnowledgeBase kb, TicketDesk desk, TicketOutbox outbox,
      TicketQuota quota, OrderSource orders, Executor blocking) {
    return List.of(
        new ReadKbTool(kb, blocking, settings.contactRoute()),
        new CreateTicketTool(desk, outbox, settings.contactRoute(), quota),
        new GetOrderStatusTool(orders, blocking));
  }
}
