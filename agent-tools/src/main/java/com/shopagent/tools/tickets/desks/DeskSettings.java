package com.shopagent.tools.tickets.desks;

import com.typesafe.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Which desk takes the agent's tickets ({@code shop-agent.tickets.desk}) and how to reach it.
 * Credentials come from environment variables only; {@link #toString()} never prints them.
 *
 * @param url the help desk's base URL (https://acme.zendesk.com, https://acme.freshdesk.com) or the
 *     webhook's full URL
 */
public record DeskSettings(String kind, URI url, String email, String apiToken, String apiKey,
    String webhookSecret, Duration requestTimeout) {
  public static final List<String> KINDS = List.of("builtin", "zendesk", "freshdesk", "webhook");

  public DeskSettings {
    kind = kind.strip().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("shop-agent.tickets.desk must be one of " + KINDS + ", not '" + kind + "'");
    }
    if (!kind.equals("builtin")) {
      require(url != null, "AGENT_DESK_URL");
      boolean local = "127.0.0.1".equals(url.getHost()) || "localhost".equals(url.getHost());
      // credentials and hand-off packets never travel in clear text beyond this machine
      require("https".equals(url.getScheme()) || local && "http".equals(url.getScheme()),
          "an https:// AGENT_DESK_URL (plain http only on this machine)");
    }
    switch (kind) {
      case "zendesk" -> {
        require(!email.isBlank(), "AGENT_ZENDESK_EMAIL");
        require(!apiToken.isBlank(), "AGENT_ZENDESK_API_TOKEN");
      }
      case "freshdesk" -> require(!apiKey.isBlank(), "AGENT_FRESHDESK_API_KEY");
      case "webhook" -> require(webhookSecret.length() >= 32, "AGENT_DESK_WEBHOOK_SECRET (32+ characters)");
      default -> { }
    }
  }

  public static DeskSettings from(Config tickets) {
    String url = tickets.getString("desk-url").strip();
    return new DeskSettings(tickets.getString("desk"), url.isEmpty() ? null : URI.create(url.replaceAll("/+$", "")),
        tickets.getString("zendesk.email"), tickets.getString("zendesk.api-token"),
        tickets.getString("freshdesk.api-key"), tickets.getString("webhook.secret"),
        tickets.getDuration("desk-request-timeout"));
  }

  private static void require(boolean ok, String variable) {
    if (!ok) {
      throw new IllegalArgumentException("the configured ticket desk needs " + variable);
    }
  }

  @Override
  public String toString() {
    return "DeskSettings[kind=" + kind + ", url=" + url + ", timeout=" + requestTimeout + ", credentials=<hidden>]";
  }
}
