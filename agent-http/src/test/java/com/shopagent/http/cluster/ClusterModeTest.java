package com.shopagent.http.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterModeTest {
  private static final Map<String, String> SECRETS = Map.of("AGENT_HMAC_SECRET", "x", "AGENT_SESSION_SECRET", "y");

  private static Config withSeeds(String seeds) {
    return ConfigFactory.parseMap(Map.of("shop-agent.cluster.seed-nodes", seeds))
        .withFallback(ConfigFactory.load()).resolve();
  }

  @Test
  void should_join_itself_and_keep_the_jvm_when_no_seed_nodes_are_given() {
    ClusterMode mode = ClusterMode.from(withSeeds(""));
    assertFalse(mode.clustered());
    Config akka = mode.applyTo(withSeeds(""));
    assertTrue(akka.getStringList("akka.cluster.seed-nodes").isEmpty());
    assertFalse(akka.getBoolean("akka.coordinated-shutdown.exit-jvm"));
    mode.requireShared(true, true, Map.of("AGENT_HMAC_SECRET", "")); // the embedded default is allowed
  }

  @Test
  void should_list_the_seed_nodes_and_leave_the_jvm_when_downed_in_cluster_mode() {
    String seeds = "akka://shop-agent@10.0.0.5:25520, akka://shop-agent@node-2.local:25520";
    Config akka = ClusterMode.from(withSeeds(seeds)).applyTo(withSeeds(seeds));
    assertEquals(List.of("akka://shop-agent@10.0.0.5:25520", "akka://shop-agent@node-2.local:25520"),
        akka.getStringList("akka.cluster.seed-nodes"));
    assertTrue(akka.getBoolean("akka.coordinated-shutdown.exit-jvm"));
    assertEquals("keep-majority", akka.getString("akka.cluster.split-brain-resolver.active-strategy"));
    assertEquals("akka.cluster.sbr.SplitBrainResolverProvider", akka.getString("akka.cluster.downing-provider-class"));
    assertFalse(akka.getString("akka.cluster.app-version").isBlank());
  }

  @Test
  void should_refuse_a_seed_address_that_is_not_of_this_actor_system() {
    var e = assertThrows(IllegalStateException.class, () -> ClusterMode.from(withSeeds("akka://other@h:1")));
    assertTrue(e.getMessage().contains("akka://shop-agent@host:port"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> ClusterMode.from(withSeeds("10.0.0.5:25520")));
  }

  @Test
  void should_refuse_to_cluster_on_h2_the_embedded_broker_or_generated_secrets_naming_what_to_set() {
    ClusterMode mode = ClusterMode.from(withSeeds("akka://shop-agent@127.0.0.1:25520"));
    var e = assertThrows(IllegalStateException.class,
        () -> mode.requireShared(true, true, Map.of("AGENT_HMAC_SECRET", "x", "AGENT_SESSION_SECRET", "")));
    assertTrue(e.getMessage().contains("DATABASE_URL"), e.getMessage());
    assertTrue(e.getMessage().contains("KAFKA_BOOTSTRAP_SERVERS"), e.getMessage());
    assertTrue(e.getMessage().contains("AGENT_SESSION_SECRET"), e.getMessage());
    assertFalse(e.getMessage().contains("AGENT_HMAC_SECRET"), e.getMessage());
    mode.requireShared(false, false, SECRETS);
  }
}
