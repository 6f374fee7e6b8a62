package com.shopagent.tools.tickets;

import com.shopagent.core.metrics.AgentMetrics;
import com.shopagent.core.model.Identity;
import com.shopagent.core.policy.KeyedBuckets;
import com.shopagent.core.policy.RateLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * How many tickets one identity and one client network may open (per hour by default), so
 * anonymous guests cannot fill the shop's help desk: every request without a token is a new
 * guest, hence the per-network limit. Per node, like the chat rate limits. A refusal is counted
 * in {@code agent_tickets_refused_total{scope}}.
 */
public final class TicketQuota {
  public static final TicketQuota UNLIMITED = new TicketQuota(null, null);

  private final RateLimit perIdentity;
  private final RateLimit perNetwork;
  private final KeyedBuckets buckets;

  public TicketQuota(RateLimit perIdentity, RateLimit perNetwork) {
    this.perIdentity = perIdentity;
    this.perNetwork = perNetwork;
    Duration idle = perIdentity == null ? Duration.ofMinutes(1)
        : perIdentity.period().compareTo(perNetwork.period()) > 0 ? perIdentity.period() : perNetwork.period();
    this.buckets = new KeyedBuckets(idle.multipliedBy(2), 100_000);
  }

  /** Takes one ticket from both budgets; empty when allowed, else the scope that ran out ("identity", "ip"). */
  public Optional<String> take(Identity who) {
    if (perIdentity == null) {
      return Optional.empty();
    }
    Optional<String> refused = buckets.take("id:" + who.subject(), perIdentity).isPresent() ? Optional.of("identity")
        : !who.network().isEmpty() && buckets.take("ip:" + who.network(), perNetwork).isPresent() ? Optional.of("ip")
        : Optional.empty();
    refused.ifPresent(AgentMetrics::ticketRefused);
    return refused;
  }
}
