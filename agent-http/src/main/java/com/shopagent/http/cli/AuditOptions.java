package com.shopagent.http.cli;

import com.shopagent.http.AgentSettings;
import com.shopagent.http.auth.Secrets;
import com.shopagent.http.eval.batch.AuditSource;
import com.shopagent.http.eval.batch.AuditSources;
import com.shopagent.http.eval.batch.AuditTrail;
import com.shopagent.http.eval.batch.Conversation;
import com.shopagent.http.eval.batch.Customers;
import com.shopagent.http.eval.batch.Window;
import com.shopagent.http.eval.suite.DemoOrders;
import com.shopagent.core.privacy.Hashing;
import com.typesafe.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Shared by {@code eval batch} and {@code eval export}: where the audit trail is and whose agent it is. */
final class AuditOptions {
  @Option(names = "--from", defaultValue = "kafka", description = "kafka (this agent's brokers or its embedded one), "
      + "kafka:HOST:PORT[/TOPIC], or journal (the session journal; with embedded H2, stop the agent first). Default: ${DEFAULT-VALUE}.")
  String from;

  @Option(names = "--home", description = "Agent home (default: $AGENT_HOME or the current folder).")
  Path home;

  private Config config;
  private AgentSettings settings;

  Config config() {
    if (config == null) {
      config = LocalAgent.config();
    }
    return config;
  }

  AgentSettings settings() {
    if (settings == null) {
      settings = AgentSettings.from(config(), LocalAgent.home(home));
    }
    return settings;
  }

  Path agentHome() {
    return LocalAgent.home(home);
  }

  /** Reads and rebuilds the conversations with turns at or after {@code since}, with a progress bar. */
  List<Conversation> conversations(Instant since) throws Exception {
    AuditSource source = AuditSources.parse(from, config(), settings());
    System.err.println("reading " + source.describe());
    ProgressBar bar = new ProgressBar("audit", "records");
    var events = source.read(since, (done, total) -> bar.update((int) Math.min(done, Integer.MAX_VALUE),
        (int) Math.min(total, Integer.MAX_VALUE)));
    return AuditTrail.assemble(events);
  }

  String describeSource() {
    return AuditSources.parse(from, config(), settings()).describe();
  }

  /** Which demo customer a user hash is, with this installation's key. */
  Customers customers() throws java.io.IOException {
    Secrets secrets = Secrets.load(settings().dataDir(), config());
    Path orders = agentHome().resolve("config/demo/orders/orders.json");
    Set<Long> ids = Files.isRegularFile(orders) ? DemoOrders.load(orders).customers() : Set.of();
    return new Customers(new Hashing(secrets.hmac()), ids);
  }

  Hashing hashing() throws java.io.IOException {
    return new Hashing(Secrets.load(settings().dataDir(), config()).hmac());
  }

  static Instant since(String text) {
    return Window.since(text, Instant.now());
  }
}
