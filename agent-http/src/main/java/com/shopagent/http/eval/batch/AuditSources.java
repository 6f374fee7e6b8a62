package com.shopagent.http.eval.batch;

import com.shopagent.http.AgentSettings;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.kafka.EmbeddedKafka;
import com.typesafe.config.Config;

/**
 * Parses {@code --from}: {@code kafka} (the configured brokers, else the embedded broker of the
 * agent on this data dir), {@code kafka:HOST:PORT[,HOST:PORT][/TOPIC]}, or {@code journal}.
 */
public final class AuditSources {
  private AuditSources() {}

  public static AuditSource parse(String from, Config config, AgentSettings settings) {
    if (from.equals("journal")) {
      return new JournalAuditSource(config, settings);
    }
    if (from.equals("kafka")) {
      String bootstrap = !settings.kafkaBootstrap().isBlank() ? settings.kafkaBootstrap()
          : EmbeddedKafka.lastAddress(settings.dataDir().resolve("kafka")).orElseThrow(() -> new BadInput(
              "no Kafka configured and no embedded broker has run under " + settings.dataDir()
                  + ": give its address, --from kafka:HOST:PORT"));
      return new KafkaAuditSource(bootstrap, settings.auditTopic());
    }
    if (from.startsWith("kafka:") && from.length() > "kafka:".length()) {
      String rest = from.substring("kafka:".length());
      int slash = rest.indexOf('/');
      String bootstrap = slash < 0 ? rest : rest.substring(0, slash);
      String topic = slash < 0 ? settings.auditTopic() : rest.substring(slash + 1);
      if (!bootstrap.matches("[\\w.\\-]+:\\d+(,[\\w.\\-]+:\\d+)*") || topic.isBlank()) {
        throw new BadInput("--from " + from + ": expected kafka:HOST:PORT[,HOST:PORT][/TOPIC]");
      }
      return new KafkaAuditSource(bootstrap, topic);
    }
    throw new BadInput("--from " + from + ": expected kafka, kafka:HOST:PORT[/TOPIC] or journal");
  }
}
