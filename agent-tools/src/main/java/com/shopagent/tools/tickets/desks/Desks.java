package com.shopagent.tools.tickets.desks;

import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.TicketDesk;
import java.time.Clock;
import java.util.concurrent.Executor;

/** Opens the configured remote desk; the built-in desk is made by its caller. */
public final class Desks {
  private Desks() {}

  public static TicketDesk remote(DeskSettings settings, Database db, Executor executor, Clock clock) {
    return switch (settings.kind()) {
      case "zendesk" -> new ZendeskDesk(settings);
      case "freshdesk" -> new FreshdeskDesk(settings, db, executor, clock);
      case "webhook" -> new WebhookDesk(settings);
      default -> throw new IllegalArgumentException("not a remote desk: " + settings.kind());
    };
  }
}
