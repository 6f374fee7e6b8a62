package com.shopagent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.tools.tickets.Database;
import com.shopagent.tools.tickets.JdbcTicketDesk;
import com.shopagent.tools.tickets.AssignmentRules;
import com.shopagent.tools.tickets.desks.ZendeskDesk;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipped tickets block, read as the server reads it. */
class DeskSetupTest {
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
  private final JdbcTicketDesk builtin = new JdbcTicketDesk(db, Runnable::run, "http://localhost", AssignmentRules.defaults());
  private final Config shipped = ConfigFactory.load();

  @AfterEach
  void close() {
    db.close();
  }

  private Config with(Map<String, String> settings) {
    return ConfigFactory.parseMap(settings).withFallback(shipped);
  }

  @Test
  void should_keep_the_builtin_desk_by_default() {
    assertSame(builtin, DeskSetup.choose(shipped, builtin, db, Runnable::run));
  }

  @Test
  void should_open_zendesk_when_configured_with_its_credentials() {
    var desk = DeskSetup.choose(with(Map.of("shop-agent.tickets.desk", "zendesk",
        "shop-agent.tickets.desk-url", "https://acme.zendesk.com", "shop-agent.tickets.zendesk.email", "a@acme.example",
        "shop-agent.tickets.zendesk.api-token", "t")), builtin, db, Runnable::run);

    assertInstanceOf(ZendeskDesk.class, desk);
  }

  @Test
  void should_refuse_to_start_with_a_desk_that_lacks_its_key_or_sends_it_in_clear_text() {
    var noKey = assertThrows(IllegalArgumentException.class, () -> DeskSetup.choose(with(Map.of(
        "shop-agent.tickets.desk", "freshdesk", "shop-agent.tickets.desk-url", "https://acme.freshdesk.com")),
        builtin, db, Runnable::run));
    var plain = assertThrows(IllegalArgumentException.class, () -> DeskSetup.choose(with(Map.of(
        "shop-agent.tickets.desk", "freshdesk", "shop-agent.tickets.desk-url", "http://acme.freshdesk.com",
        "shop-agent.tickets.freshdesk.api-key", "k")), builtin, db, Runnable::run));

    assertTrue(noKey.getMessage().contains("AGENT_FRESHDESK_API_KEY"), noKey.getMessage());
    assertEquals("the configured ticket desk needs an https:// AGENT_DESK_URL (plain http only on this machine)",
        plain.getMessage());
  }
}
