package com.shopagent.http.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Two real cluster nodes (two ActorSystems on loopback): a webhook on one empties the other's cache. */
class OrderInvalidationsTest {
  static final Config NODE = ConfigFactory.parseString("""
      akka.actor.provider = cluster
      akka.remote.artery.canonical { hostname = "127.0.0.1", port = 0 }
      akka.cluster.jmx.multi-mbeans-in-same-jvm = on
      """).withFallback(ConfigFactory.load());
  static final ActorTestKit a = ActorTestKit.create("shop-agent", NODE);
  static final ActorTestKit b = ActorTestKit.create("shop-agent", NODE);

  @AfterAll
  static void stop() {
    b.shutdownTestKit();
    a.shutdownTestKit();
  }

  @Test
  void should_drop_the_changed_order_from_every_nodes_cache_when_one_node_gets_the_webhook() {
    Cluster.get(a.system()).manager().tell(Join.create(Cluster.get(a.system()).selfMember().address()));
    Cluster.get(b.system()).manager().tell(Join.create(Cluster.get(a.system()).selfMember().address()));
    List<Long> droppedOnA = new CopyOnWriteArrayList<>();
    List<Long> droppedOnB = new CopyOnWriteArrayList<>();
    LongConsumer webhookOnA = OrderInvalidations.start(a.system(), droppedOnA::add);
    OrderInvalidations.start(b.system(), droppedOnB::add);
    var probe = a.createTestProbe();
    // subscriptions spread through the receptionist: publish until B has seen one
    probe.awaitAssert(Duration.ofSeconds(30), Duration.ofMillis(500), () -> {
      webhookOnA.accept(10283);
      assertEquals(10283L, droppedOnB.isEmpty() ? -1L : droppedOnB.get(0));
      return null;
    });
    assertEquals(10283L, droppedOnA.get(0), "and on the node that got the webhook");
  }
}
