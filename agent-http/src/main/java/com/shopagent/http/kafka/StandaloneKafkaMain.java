package com.shopagent.http.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A broker for a local cluster (bin/cluster): the embedded broker with the agent's topics,
 * outliving the command that started it. Args: data dir, port, partitions. Prints
 * {@code KAFKA_READY host:port}; SIGTERM stops it (the broker child exits with it).
 */
public final class StandaloneKafkaMain {
  private StandaloneKafkaMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: StandaloneKafkaMain <data dir> <port> <partitions>");
      System.exit(2);
    }
    int partitions = Integer.parseInt(args[2]);
    EmbeddedKafka kafka = EmbeddedKafka.start(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]),
        Duration.ofSeconds(120));
    Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "standalone-kafka-shutdown"));
    kafka.ensureTopics(Map.of("agent.audit.v1", partitions, "agent.tasks.v1", partitions));
    System.out.println(EmbeddedKafkaMain.READY_PREFIX + kafka.bootstrapServers());
    System.out.flush();
    Thread.currentThread().join();
  }
}
