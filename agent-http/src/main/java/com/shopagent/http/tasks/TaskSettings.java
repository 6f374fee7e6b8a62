package com.shopagent.http.tasks;

import com.typesafe.config.Config;
import java.time.Duration;

/** {@code shop-agent.tasks} plus the topic from {@code shop-agent.kafka.tasks-topic}. */
public record TaskSettings(String topic, String consumerGroup, Duration relayInterval, int relayBatch,
    int maxAttempts, Duration backoff) {

  public static TaskSettings from(Config shopAgent) {
    Config c = shopAgent.getConfig("tasks");
    TaskSettings s = new TaskSettings(shopAgent.getString("kafka.tasks-topic"), c.getString("consumer-group"),
        c.getDuration("relay-interval"), c.getInt("relay-batch"), c.getInt("max-attempts"), c.getDuration("backoff"));
    if (s.maxAttempts < 1 || s.relayBatch < 1) {
      throw new IllegalArgumentException("shop-agent.tasks: max-attempts and relay-batch must be at least 1");
    }
    return s;
  }
}
