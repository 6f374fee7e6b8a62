package com.shopagent.http.audit;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import akka.kafka.ProducerSettings;
import akka.kafka.javadsl.SendProducer;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.Offset;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.ProjectionBehavior;
import akka.projection.ProjectionId;
import akka.projection.eventsourced.javadsl.EventSourcedProvider;
import akka.projection.javadsl.AtLeastOnceProjection;
import akka.projection.javadsl.SourceProvider;
import akka.projection.jdbc.javadsl.JdbcProjection;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.session.SessionEvent;
import com.shopagent.http.persistence.PlainJdbcSession;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The audit trail: an at-least-once projection over the session journal into Kafka. The journal
 * is the outbox, so a Kafka outage delays the trail but never loses it.
 */
public final class AuditProjection {
  private AuditProjection() {}

  public static SendProducer<String, String> producer(ActorSystem<?> system, String bootstrapServers) {
    ProducerSettings<String, String> settings =
        ProducerSettings.create(system, new StringSerializer(), new StringSerializer())
            .withBootstrapServers(bootstrapServers);
    return new SendProducer<>(settings, system);
  }

  public static void init(ActorSystem<?> system, Supplier<PlainJdbcSession> sessions,
      SendProducer<String, String> producer, String topic) {
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, "audit-projection",
        SessionActor.TAGS.size(),
        i -> ProjectionBehavior.create(projection(system, sessions, producer, topic, SessionActor.TAGS.get(i))),
        ProjectionBehavior.stopMessage());
  }

  private static AtLeastOnceProjection<Offset, EventEnvelope<SessionEvent>> projection(ActorSystem<?> system,
      Supplier<PlainJdbcSession> sessions, SendProducer<String, String> producer, String topic, String tag) {
    SourceProvider<Offset, EventEnvelope<SessionEvent>> source =
        EventSourcedProvider.eventsByTag(system, JdbcReadJournal.Identifier(), tag);
    return JdbcProjection.atLeastOnceAsync(ProjectionId.of("audit-kafka", tag), source, sessions::get,
        () -> new AuditPublisher(producer, topic, tag), system);
  }
}
