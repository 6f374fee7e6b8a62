package com.shopagent.http.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

  // generous: the build machine is small and shared
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final String TOPIC = "agent.audit.v1";

  @TempDir
  Path dataDir;

  @Test
  void should_keep_records_when_restarted_on_the_same_data_dir() throws Exception {
    long firstPid;
    try (EmbeddedKafka kafka = timedStart("first start")) {
      firstPid = kafka.pid();
      kafka.ensureTopics(Map.of(TOPIC, 4, "agent.tasks.v1", 4));
      produce(kafka.bootstrapServers(), List.of("order-1", "order-2", "order-3"));
      assertEquals(List.of("order-1", "order-2", "order-3"), consume(kafka.bootstrapServers(), 3));
    }
    assertGone(firstPid);

    try (EmbeddedKafka kafka = timedStart("restart")) {
      kafka.ensureTopics(Map.of(TOPIC, 4)); // already there: a no-op
      assertEquals(List.of("order-1", "order-2", "order-3"), consume(kafka.bootstrapServers(), 3));
      kafka.close();
      assertGone(kafka.pid());
    }
  }

  @Test
  void should_fail_with_the_reason_when_the_port_is_taken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      long started = System.nanoTime();
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> EmbeddedKafka.start(dataDir, taken.getLocalPort(), START_TIMEOUT));
      System.out.printf("embedded Kafka start failure reported after %d ms:%n%s%n",
          Duration.ofNanos(System.nanoTime() - started).toMillis(), e.getMessage());
      assertTrue(e.getMessage().contains("exited with code"), e.getMessage());
      assertTrue(e.getMessage().contains("Address already in use"), e.getMessage());
    }
    assertNoBrokerChild();
  }

  @Test
  void should_fail_with_the_output_so_far_when_not_ready_in_time() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EmbeddedKafka.start(dataDir, 0, Duration.ofMillis(300)));
    assertTrue(e.getMessage().contains("did not become ready within 300 ms"), e.getMessage());
    assertTrue(e.getMessage().contains("Last output of the broker process"), e.getMessage());
    assertNoBrokerChild();
  }

  private EmbeddedKafka timedStart(String label) {
    long started = System.nanoTime();
    EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0, START_TIMEOUT);
    System.out.printf("embedded Kafka %s took %d ms (%s)%n", label,
        Duration.ofNanos(System.nanoTime() - started).toMillis(), kafka.bootstrapServers());
    return kafka;
  }

  private static void produce(String bootstrap, List<String> values) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      for (String value : values) {
        // one key: one partition, so the order is kept
        producer.send(new ProducerRecord<>(TOPIC, "session-1", value)).get();
      }
    }
  }

  private static List<String> consume(String bootstrap, int count) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<String> values = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(TOPIC));
      while (values.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }

  private static void assertNoBrokerChild() {
    assertTrue(ProcessHandle.current().children().filter(ProcessHandle::isAlive)
        .noneMatch(p -> p.info().commandLine().orElse("").contains("EmbeddedKafkaMain")));
  }

  private static void assertGone(long pid) {
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
        "broker process " + pid + " is still running");
  }
}
