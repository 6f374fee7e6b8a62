package com.shopagent.core.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets by key ("ip:…", "user:…"), kept while in use. Node-local and bounded, so a flood
 * of new keys evicts old ones rather than growing the heap. Bucket4j buckets are thread-safe.
 */
public final class KeyedBuckets {
  private final Cache<String, Bucket> buckets;

  /** @param idle how long an unused bucket is kept: at least the limit's period, or it would refill early */
  public KeyedBuckets(Duration idle, long maxKeys) {
    this.buckets = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(maxKeys).build();
  }

  /** Like {@link #take} without taking: empty while the bucket still has a token. */
  public Optional<Duration> peekWait(String key, RateLimit limit) {
    Bucket bucket = buckets.get(key, k -> limit.newBucket());
    return bucket.getAvailableTokens() > 0 ? Optional.empty()
        : Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
  }

  /** Empty when allowed; otherwise how long until the next request would be. */
  public Optional<Duration> take(String key, RateLimit limit) {
    return RateLimit.take(buckets.get(key, k -> limit.newBucket()));
  }
}
