package com.shopagent.core.tooling;

import com.typesafe.config.Config;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Faults to inject into one tool, for rehearsing outages: a share of calls that hang (the
 * orchestrator's timeout then fires), a share that fail at once, and extra latency before every
 * call. Off (all zero) unless configured under {@code shop-agent.chaos.<tool>}.
 */
public record ChaosSettings(double timeoutRate, double errorRate, Duration latency) {
  public static final ChaosSettings OFF = new ChaosSettings(0, 0, Duration.ZERO);

  public ChaosSettings {
    if (timeoutRate < 0 || errorRate < 0 || timeoutRate + errorRate > 1) {
      throw new IllegalArgumentException("chaos rates must be between 0 and 1 and add up to at most 1");
    }
    if (latency.isNegative()) {
      throw new IllegalArgumentException("chaos latency must not be negative");
    }
  }

  public boolean active() {
    return timeoutRate > 0 || errorRate > 0 || !latency.isZero();
  }

  /** Reads {@code { timeout-rate, error-rate, latency }} per tool name from a chaos section. */
  public static Map<String, ChaosSettings> perTool(Config chaos) {
    Map<String, ChaosSettings> byTool = new TreeMap<>();
    for (String tool : chaos.root().keySet()) {
      Config c = chaos.getConfig(quoted(tool));
      byTool.put(tool, new ChaosSettings(
          c.hasPath("timeout-rate") ? c.getDouble("timeout-rate") : 0,
          c.hasPath("error-rate") ? c.getDouble("error-rate") : 0,
          c.hasPath("latency") ? c.getDuration("latency") : Duration.ZERO));
    }
    return Map.copyOf(byTool);
  }

  private static String quoted(String key) {
    return "\"" + key + "\"";
  }
}
