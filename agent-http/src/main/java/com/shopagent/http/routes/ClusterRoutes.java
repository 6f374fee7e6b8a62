package com.shopagent.http.routes;

import static akka.http.javadsl.server.PathMatchers.segment;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.typed.GetClusterShardingStats;
import akka.cluster.sharding.typed.HashCodeMessageExtractor;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.typed.Cluster;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.session.SessionActor;
import com.shopagent.http.Json;
import com.shopagent.http.chat.ChatError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * {@code GET /v1/admin/sessions/{id}/node} (admin token): which cluster member hosts a session's
 * entity, for failover drills and for finding a session's logs. Says nothing about the content.
 */
public final class ClusterRoutes extends RouteSupport {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private final ActorSystem<?> system;
  private final byte[] adminToken;
  private final HashCodeMessageExtractor<SessionActor.Command> shards;

  public ClusterRoutes(ActorSystem<?> system, String adminToken) {
    this.system = system;
    this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
    // the extractor sharding uses for entities initialised without one of their own
    this.shards = new HashCodeMessageExtractor<>(system.settings().config().getInt("akka.cluster.sharding.number-of-shards"));
  }

  public Route routes() {
    return path(segment("v1").slash("admin").slash("sessions").slash(segment()).slash("node"), id ->
        get(() -> withBearer(token -> token.isPresent()
            && MessageDigest.isEqual(adminToken, token.get().getBytes(StandardCharsets.UTF_8))
            ? completeWithFuture(hostOf(id).thenApply(body -> json(200, body)))
            : complete(error(new ChatError("forbidden", "The admin token is needed.", 403))))));
  }

  private java.util.concurrent.CompletionStage<ObjectNode> hostOf(String sessionId) {
    String shard = shards.shardId(sessionId);
    return AskPattern.<GetClusterShardingStats, akka.cluster.sharding.ShardRegion.ClusterShardingStats>ask(
            ClusterSharding.get(system).shardState().narrow(),
            replyTo -> new GetClusterShardingStats(SessionActor.ENTITY_KEY, TIMEOUT, replyTo), TIMEOUT.plusSeconds(1),
            system.scheduler())
        .thenApply(stats -> {
          ObjectNode out = Json.MAPPER.createObjectNode();
          out.put("session_id", sessionId);
          out.put("shard", shard);
          out.put("asked", Cluster.get(system).selfMember().address().toString());
          stats.getRegions().forEach((address, region) -> {
            if (region.getStats().containsKey(shard)) {
              out.put("node", address.toString());
            }
          });
          if (!out.has("node")) {
            out.putNull("node"); // the shard is not allocated (no message yet) or is moving
          }
          return out;
        });
  }
}
