package com.shopagent.tools.tickets;

import java.time.Duration;

/**
 * How the outbox retries: the n-th failure waits {@code firstBackoff * 2^(n-1)}, capped at
 * {@code maxBackoff}; after {@code maxAttempts} failures the row is dead-lettered for a human.
 *
 * @param callTimeout how long one desk call may take before it counts as failed
 * @param batchSize rows taken per drain
 */
public record OutboxSettings(
    int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration callTimeout, int batchSize) {

  public OutboxSettings {
    if (maxAttempts < 1 || batchSize < 1) {
      throw new IllegalArgumentException("maxAttempts and batchSize must be positive");
    }
    if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0 || callTimeout.isNegative()
        || callTimeout.isZero()) {
      throw new IllegalArgumentException("bad outbox durations");
    }
  }

  /** About a day of retries before a row is dead-lettered. */
  public static OutboxSettings defaults() {
    return new OutboxSettings(12, Duration.ofSeconds(10), Duration.ofHours(4), Duration.ofSeconds(10), 50);
  }

  Duration backoff(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration wait = firstBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
