package com.shopagent.core.policy;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket: {@code capacity} requests at once, refilled by {@code refill} every
 * {@code period}. Not thread-safe by design: owned by one actor or guarded by its caller's map.
 */
public record RateLimit(long capacity, long refill, Duration period) {

  public Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build())
        .build();
  }

  /** Empty when allowed; otherwise how long until the next request would be. */
  public static Optional<Duration> take(Bucket bucket) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}
