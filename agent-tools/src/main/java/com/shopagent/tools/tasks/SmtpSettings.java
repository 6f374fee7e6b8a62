package com.shopagent.tools.tasks;

import com.typesafe.config.Config;
import java.time.Duration;

/** {@code shop-agent.smtp}. {@link #toString()} never prints the password. */
public record SmtpSettings(String host, int port, String from, String user, String password,
    boolean startTls, Duration timeout) {

  public static SmtpSettings from(Config shopAgent) {
    Config c = shopAgent.getConfig("smtp");
    return new SmtpSettings(c.getString("host"), c.getInt("port"), c.getString("from"), c.getString("user"),
        c.getString("password"), c.getBoolean("starttls"), c.getDuration("timeout"));
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", from=" + from + ", user="
        + (user.isEmpty() ? "unset" : "set") + ", password=" + (password.isEmpty() ? "unset" : "set")
        + ", startTls=" + startTls + ", timeout=" + timeout + "]";
  }
}
