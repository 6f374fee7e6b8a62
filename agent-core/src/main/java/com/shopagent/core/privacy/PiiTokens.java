package com.shopagent.core.privacy;

import com.shopagent.core.CborSerializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-session mapping from a PII value's keyed fingerprint to its stable token
 * ({@code <EMAIL_1>}). Only fingerprints are kept, so the raw values never reach the journal.
 */
public record PiiTokens(Map<String, String> byFingerprint) implements CborSerializable {
  public static final PiiTokens EMPTY = new PiiTokens(Map.of());

  public PiiTokens {
    byFingerprint = Map.copyOf(byFingerprint);
  }

  public PiiTokens plus(Map<String, String> added) {
    if (added.isEmpty()) {
      return this;
    }
    Map<String, String> all = new HashMap<>(byFingerprint);
    all.putAll(added);
    return new PiiTokens(all);
  }

  int countOf(String type) {
    String prefix = "<" + type + "_";
    return (int) byFingerprint.values().stream().filter(t -> t.startsWith(prefix)).count();
  }
}
