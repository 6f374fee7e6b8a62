package com.shopagent.http.tasks;

import akka.actor.typed.ActorSystem;
import akka.kafka.CommitterSettings;
import akka.kafka.ConsumerSettings;
import akka.kafka.Subscriptions;
import akka.kafka.javadsl.Committer;
import akka.kafka.javadsl.Consumer;
import akka.stream.javadsl.Keep;
import akka.stream.javadsl.RestartSource;
import akka.stream.RestartSettings;
import akka.stream.javadsl.Sink;
import akka.stream.KillSwitches;
import akka.stream.UniqueKillSwitch;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumes the task topic and runs each task; the offset is committed only after the runner
 * finished (delivered or dead-lettered), so a crash redelivers and the ledger skips what was done.
 * Up to {@link #PARALLELISM} tasks run at once, so one task waiting out its backoff does not hold
 * the others back; offsets are still committed in order. The source restarts with backoff if the
 * broker goes away.
 */
final class TaskWorker {
  static final int PARALLELISM = 8;

  private TaskWorker() {}

  static UniqueKillSwitch start(ActorSystem<?> system, String bootstrapServers, TaskSettings settings,
      TaskRunner runner) {
    ConsumerSettings<String, String> consumer =
        ConsumerSettings.create(system, new StringDeserializer(), new StringDeserializer())
            .withBootstrapServers(bootstrapServers)
            .withGroupId(settings.consumerGroup())
            .withProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    CommitterSettings committer = CommitterSettings.create(system).withMaxBatch(1);
    RestartSettings restart = RestartSettings.create(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2);
    return RestartSource.onFailuresWithBackoff(restart, () ->
            Consumer.committableSource(consumer, Subscriptions.topics(settings.topic()))
                .mapAsync(PARALLELISM, msg -> runner.run(msg.record().key()).thenApply(done -> msg.committableOffset()))
                .via(Committer.flow(committer)))
        .viaMat(KillSwitches.single(), Keep.right())
        .to(Sink.ignore())
        .run(system);
  }
}
