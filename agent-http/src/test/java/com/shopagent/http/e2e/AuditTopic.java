package com.shopagent.http.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the audit topic the way an analyst's consumer would. */
final class AuditTopic {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AuditTopic() {}

  record Record(String key, String raw, JsonNode json) {}

  /** Consumes from the start until {@code done} holds for what was read, or the deadline passes. */
  static List<Record> readUntil(String bootstrap, String topic, Predicate<List<Record>> done, Duration within) throws Exception {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<Record> seen = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + within.toNanos();
      while (System.nanoTime() < deadline && !done.test(seen)) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(new Record(r.key(), r.value(), MAPPER.readTree(r.value())));
        }
      }
    }
    return seen;
  }
}
