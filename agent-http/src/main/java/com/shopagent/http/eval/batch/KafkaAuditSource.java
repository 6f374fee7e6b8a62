package com.shopagent.http.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import com.shopagent.http.eval.BadInput;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the audit topic from the first record at or after {@code since} (by record time) up to
 * the end offsets seen at the start: a snapshot, so a busy topic cannot keep the batch running.
 * Assigns partitions itself and commits nothing, so it never disturbs the analysts' consumer groups.
 */
final class KafkaAuditSource implements AuditSource {
  private static final Duration STALL = Duration.ofSeconds(30);
  private final String bootstrap;
  private final String topic;

  KafkaAuditSource(String bootstrap, String topic) {
    this.bootstrap = bootstrap;
    this.topic = topic;
  }

  @Override
  public String describe() {
    return "kafka topic " + topic + " on " + bootstrap;
  }

  @Override
  public void read(Instant since, Consumer<JsonNode> sink, BiConsumer<Long, Long> progress) throws Exception {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    p.put(ConsumerConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, "5000");
    p.put(ConsumerConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, "5000");
    try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      List<PartitionInfo> infos;
      try {
        infos = consumer.partitionsFor(topic);
      } catch (org.apache.kafka.common.errors.TimeoutException e) {
        throw new BadInput("cannot reach Kafka at " + bootstrap + " (is the agent or the broker running?)");
      }
      if (infos == null || infos.isEmpty()) {
        throw new BadInput("no topic " + topic + " on " + bootstrap);
      }
      List<TopicPartition> parts = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
      consumer.assign(parts);
      Map<TopicPartition, Long> at = new HashMap<>();
      parts.forEach(tp -> at.put(tp, since.toEpochMilli()));
      Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(at);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      long total = 0;
      for (TopicPartition tp : parts) {
        long from = start.get(tp) == null ? end.get(tp) : start.get(tp).offset();
        consumer.seek(tp, from);
        total += end.get(tp) - from;
      }
      long read = 0;
      long lastProgress = System.nanoTime();
      progress.accept(0L, total);
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
            sink.accept(parse(r));
            read++;
            lastProgress = System.nanoTime();
          }
        }
        progress.accept(read, total);
        if (System.nanoTime() - lastProgress > STALL.toNanos()) {
          throw new IllegalStateException("no audit records arrived for " + STALL.toSeconds() + " s; read "
              + read + " of " + total);
        }
      }
    }
  }

  private static JsonNode parse(ConsumerRecord<String, String> r) {
    try {
      return Json.MAPPER.readTree(r.value());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // a foreign record on the topic must not stop a weekly batch: skipped, and said so
      System.err.println("skipped a record that is not JSON at " + r.topic() + "-" + r.partition() + "@" + r.offset());
      return Json.MAPPER.createObjectNode();
    }
  }
}
