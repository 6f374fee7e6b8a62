package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
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

  /** The sampled conversations, and how many were in the window to sample from. */
  record Sampled(List<Conversation> conversations, long inWindow) {}

  /**
   * Two passes over the trail: an index of sessions (ids and times only), then the events of the
   * sampled sessions alone, so memory follows the sample, not the week's traffic.
   */
  Sampled sample(Instant since, int n, long seed) throws Exception {
    AuditSource source = source();
    AuditTrail.Index index = new AuditTrail.Index();
    read(source, since, index, "audit index");
    Set<String> picked = Window.sample(index.lastTurnAt(), since, n, seed);
    AuditTrail trail = new AuditTrail(picked::contains);
    if (!picked.isEmpty()) {
      read(source, since, trail, "audit sample");
    }
    List<Conversation> conversations = new java.util.ArrayList<>(trail.conversations());
    conversations.sort(java.util.Comparator.comparing(Conversation::lastAt));
    return new Sampled(conversations, Window.inWindow(index.lastTurnAt(), since));
  }

  /** The conversation a turn belongs to, read in two passes like {@link #sample}. */
  java.util.Optional<Conversation> conversationOf(String turnId, Instant since) throws Exception {
    AuditSource source = source();
    AuditTrail.Index index = new AuditTrail.Index();
    read(source, since, index, "audit index");
    java.util.Optional<String> session = index.sessionOf(turnId);
    if (session.isEmpty()) {
      return java.util.Optional.empty();
    }
    AuditTrail trail = new AuditTrail(session.get()::equals);
    read(source, since, trail, "audit session");
    return trail.conversations().stream().findFirst();
  }

  private AuditSource source() {
    AuditSource source = AuditSources.parse(from, config(), settings());
    System.err.println("reading " + source.describe());
    return source;
  }

  private static void read(AuditSource source, Instant since, java.util.function.Consumer<JsonNode> sink, String label)
      throws Exception {
    ProgressBar bar = new ProgressBar(label, "records");
    source.read(since, sink, (done, total) -> bar.update((int) Math.min(done, Integer.MAX_VALUE),
        (int) Math.min(total, Integer.MAX_VALUE)));
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
