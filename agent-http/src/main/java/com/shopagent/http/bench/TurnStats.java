package com.shopagent.http.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turn latencies and failures of one period of a load run; safe to record from many threads. */
final class TurnStats {
  /** What a period amounted to; latencies in milliseconds. */
  record Summary(int turns, int errors, Map<String, Integer> errorsByCode, double p50, double p95, double p99,
      double max) {}

  private final List<Long> latenciesMicros = new ArrayList<>();
  private final Map<String, Integer> errors = new TreeMap<>();

  synchronized void answered(long micros) {
    latenciesMicros.add(micros);
  }

  /** A turn that got an error frame, an error outcome, a timeout or a broken connection. */
  synchronized void failed(String code) {
    errors.merge(code, 1, Integer::sum);
  }

  /** Takes what was recorded so far and starts the next period empty. */
  synchronized Summary drain() {
    List<Long> sorted = new ArrayList<>(latenciesMicros);
    Collections.sort(sorted);
    int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
    Summary s = new Summary(sorted.size() + errorCount, errorCount, Map.copyOf(errors),
        percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), percentile(sorted, 1.0));
    latenciesMicros.clear();
    errors.clear();
    return s;
  }

  static double percentile(List<Long> sortedMicros, double q) {
    if (sortedMicros.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(q * sortedMicros.size()) - 1;
    return sortedMicros.get(Math.max(0, Math.min(index, sortedMicros.size() - 1))) / 1000.0;
  }
}
