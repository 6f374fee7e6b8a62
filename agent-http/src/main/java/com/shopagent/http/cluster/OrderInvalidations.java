package com.shopagent.http.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.pubsub.Topic;
import com.shopagent.core.CborSerializable;
import java.util.function.LongConsumer;

/**
 * A WooCommerce webhook reaches one node, but every node caches order statuses: the changed
 * order's id goes to all of them over Akka's distributed pub-sub, and each drops its entry.
 */
public final class OrderInvalidations {
  private OrderInvalidations() {}

  /** The order with this id changed in the shop. */
  public record Changed(long orderId) implements CborSerializable {}

  /**
   * Subscribes this node's cache and returns what the webhook route calls: publish to every
   * node (this one included).
   */
  public static LongConsumer start(ActorSystem<?> system, LongConsumer localCache) {
    ActorRef<Topic.Command<Changed>> topic = system.systemActorOf(
        Topic.create(Changed.class, "order-changed"), "order-changed-topic", Props.empty());
    ActorRef<Changed> cache = system.systemActorOf(Behaviors.receiveMessage(changed -> {
      localCache.accept(changed.orderId());
      return Behaviors.same();
    }), "order-cache-invalidator", Props.empty());
    topic.tell(Topic.subscribe(cache));
    return orderId -> topic.tell(Topic.publish(new Changed(orderId)));
  }
}
