package com.shopagent.http.kafka;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** KRaft settings for the single-node demo broker (combined broker and controller). */
final class BrokerProperties {

  private BrokerProperties() {}

  static Path logDir(Path dataDir) {
    return dataDir.resolve("kafka-logs");
  }

  static Properties kraft(Path dataDir, int port, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty("listeners",
        "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("log.dirs", logDir(dataDir).toString());
    // one node: every internal topic has a single replica
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "4");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "4");
    p.setProperty("num.partitions", "4");
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // demo-sized disk and memory use; the defaults assume a dedicated server
    p.setProperty("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
    p.setProperty("log.retention.bytes", String.valueOf(128 * 1024 * 1024));
    p.setProperty("log.retention.hours", "168");
    p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    p.setProperty("num.network.threads", "2");
    p.setProperty("num.io.threads", "2");
    return p;
  }

  static Path write(Properties properties, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      properties.store(out, "written by EmbeddedKafkaMain on every start");
    }
    return file;
  }
}
