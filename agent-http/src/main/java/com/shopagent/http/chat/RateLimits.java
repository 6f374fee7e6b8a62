package com.shopagent.http.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.shopagent.core.policy.RateLimit;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;

/**
 * Buckets per client IP and per user at the edge of this node. These two are per node: behind
 * a load balancer with client affinity (the usual setup for WebSockets) a client meets one node.
 * The per-session limit lives in the session entity, which sharding keeps on one node of the
 * cluster, so it holds cluster-wide.
 */
public final class RateLimits {
  private final RateLimit perIp;
  private final RateLimit perUser;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(15)).maximumSize(200_000).build();

  public RateLimits(RateLimit perIp, RateLimit perUser) {
    this.perIp = perIp;
    this.perUser = perUser;
  }

  public void checkIp(String ip) {
    check("ip:" + ip, perIp);
  }

  public void checkUser(String subject) {
    check("user:" + subject, perUser);
  }

  private void check(String key, RateLimit limit) {
    Optional<Duration> wait = RateLimit.take(buckets.get(key, k -> limit.newBucket()));
    if (wait.isPresent()) {
      com.shopagent.core.metrics.AgentMetrics.rateLimited(key.substring(0, key.indexOf(':')));
      throw new ChatException(ChatError.rateLimited(wait.get()));
    }
  }
}
