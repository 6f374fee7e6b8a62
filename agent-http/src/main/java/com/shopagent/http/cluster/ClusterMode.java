package com.shopagent.http.cluster;

import akka.actor.typed.ActorSystem;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How this node forms its cluster: with seed nodes (AGENT_CLUSTER_SEED_NODES) it is one of
 * several and Akka joins the seeds itself; without, it joins only itself, as the embedded
 * default always did.
 *
 * @param seedNodes akka://shop-agent@host:port addresses; empty for the one-node default
 */
public record ClusterMode(List<String> seedNodes) {
  private static final String SYSTEM = "akka://shop-agent@";

  public ClusterMode {
    seedNodes = List.copyOf(seedNodes);
  }

  public static ClusterMode from(Config root) {
    List<String> seeds = Arrays.stream(root.getString("shop-agent.cluster.seed-nodes").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (String seed : seeds) {
      if (!seed.startsWith(SYSTEM) || !seed.matches("akka://shop-agent@[^:/@]+:\\d{1,5}")) {
        throw new IllegalStateException("AGENT_CLUSTER_SEED_NODES: '" + seed
            + "' is not of the form akka://shop-agent@host:port");
      }
    }
    return new ClusterMode(seeds);
  }

  public boolean clustered() {
    return !seedNodes.isEmpty();
  }

  /**
   * Settings a clustered node must share with the others; each missing one is named. A node that
   * made up its own database, broker or secrets would split the cluster's data without an error.
   */
  public void requireShared(boolean embeddedDatabase, boolean embeddedKafka, Map<String, String> secrets) {
    if (!clustered()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (embeddedDatabase) {
      missing.add("DATABASE_URL (jdbc:postgresql://...: the embedded H2 database is one node's alone)");
    }
    if (embeddedKafka) {
      missing.add("KAFKA_BOOTSTRAP_SERVERS (the embedded broker is one node's alone)");
    }
    secrets.forEach((env, value) -> {
      if (value == null || value.isBlank()) {
        missing.add(env + " (the same value on every node)");
      }
    });
    if (!missing.isEmpty()) {
      throw new IllegalStateException("AGENT_CLUSTER_SEED_NODES is set, so this node runs in a cluster and needs: "
          + String.join("; ", missing));
    }
  }

  /** Akka settings of this mode, over {@code config}: the seed list and leaving the JVM when downed. */
  public Config applyTo(Config config) {
    if (!clustered()) {
      return config;
    }
    return ConfigFactory.parseMap(Map.of(
            "akka.cluster.seed-nodes", ConfigValueFactory.fromIterable(seedNodes),
            "akka.coordinated-shutdown.exit-jvm", true))
        .withFallback(config);
  }

  /** With seed nodes Akka joins them on its own; otherwise this node forms a cluster of one. */
  public void join(ActorSystem<?> system) {
    if (!clustered()) {
      Cluster cluster = Cluster.get(system);
      cluster.manager().tell(Join.create(cluster.selfMember().address()));
    }
  }
}
