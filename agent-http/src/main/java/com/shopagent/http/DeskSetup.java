package com.shopagent.http;

import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.TicketDesk;
import com.shopagent.tools.tickets.desks.DeskSettings;
import com.shopagent.tools.tickets.desks.Desks;
import com.typesafe.config.Config;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the desk that create_ticket and the outbox drain hand tickets to
 * ({@code shop-agent.tickets.desk}). The built-in desk stays for the ticket web view either way.
 */
final class DeskSetup {
  private static final Logger log = LoggerFactory.getLogger(DeskSetup.class);

  private DeskSetup() {}

  static TicketDesk choose(Config config, TicketDesk builtin, Database db, Executor blocking) {
    DeskSettings settings = DeskSettings.from(config.getConfig("shop-agent.tickets"));
    if (settings.kind().equals("builtin")) {
      return builtin;
    }
    log.info("tickets go to {}", settings); // its toString hides the credentials
    return Desks.remote(settings, db, blocking, Clock.systemUTC());
  }
}
