package com.shopagent.http.eval.batch;

import com.shopagent.core.privacy.Hashing;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a user hash back into a suite user for the customers this installation knows (the demo
 * shop's); anyone else counts as "guest". Only the holder of the hashing key can do this, which
 * is why it happens here, on the agent's own machine, and never in the audit stream.
 */
public final class Customers {
  private final Map<String, String> byHash = new HashMap<>();

  public Customers(Hashing hashing, Set<Long> customerIds) {
    customerIds.forEach(id -> byHash.put(hashing.userHash("user:" + id), String.valueOf(id)));
  }

  public String userOf(String userHash) {
    return byHash.getOrDefault(userHash, "guest");
  }
}
