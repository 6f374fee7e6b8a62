package com.shopagent.http.chat;

import com.shopagent.core.policy.KeyedBuckets;
import com.shopagent.core.policy.RateLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * Buckets per client IP and per user at the edge of this node: chat messages, reads (session
 * history, tickets) and wrong admin tokens each have their own. These are per node: behind a load
 * balancer with client affinity (the usual setup for WebSockets) a client meets one node. The
 * per-session limit lives in the session entity, which sharding keeps on one node of the
 * cluster, so it holds cluster-wide.
 */
public final class RateLimits {
  private final RateLimit perIp;
  private final RateLimit perUser;
  private final RateLimit reads;
  private final RateLimit adminFailures;
  private final KeyedBuckets buckets = new KeyedBuckets(Duration.ofMinutes(15), 200_000);

  public RateLimits(RateLimit perIp, RateLimit perUser) {
    this(perIp, perUser, perIp, new RateLimit(5, 5, Duration.ofMinutes(1)));
  }

  /**
   * @param reads GET requests per IP and, separately, per identity
   * @param adminFailures wrong admin tokens per IP, before even a right one is refused for a while
   */
  public RateLimits(RateLimit perIp, RateLimit perUser, RateLimit reads, RateLimit adminFailures) {
    this.perIp = perIp;
    this.perUser = perUser;
    this.reads = reads;
    this.adminFailures = adminFailures;
  }

  public void checkIp(String ip) {
    check("ip:" + ip, perIp, "ip");
  }

  public void checkUser(String subject) {
    check("user:" + subject, perUser, "user");
  }

  public void checkRead(String ip) {
    check("read-ip:" + ip, reads, "read_ip");
  }

  public void checkReader(String subject) {
    check("read-user:" + subject, reads, "read_user");
  }

  /** Throws while this IP has used up its wrong admin tokens; does not count a try. */
  public void checkAdminAllowed(String ip) {
    Optional<Duration> wait = buckets.peekWait("admin-fail:" + ip, adminFailures);
    if (wait.isPresent()) {
      com.shopagent.core.metrics.AgentMetrics.rateLimited("admin");
      throw new ChatException(ChatError.rateLimited(wait.get()));
    }
  }

  /** Counts a wrong admin token from this IP. */
  public void adminFailed(String ip) {
    com.shopagent.core.metrics.AgentMetrics.adminAuthFailed();
    buckets.take("admin-fail:" + ip, adminFailures);
  }

  private void check(String key, RateLimit limit, String scope) {
    Optional<Duration> wait = buckets.take(key, limit);
    if (wait.isPresent()) {
      com.shopagent.core.metrics.AgentMetrics.rateLimited(scope);
      throw new ChatException(ChatError.rateLimited(wait.get()));
    }
  }
}
