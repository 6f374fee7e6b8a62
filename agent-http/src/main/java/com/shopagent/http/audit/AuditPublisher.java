package com.shopagent.http.audit;

import akka.Done;
import akka.kafka.javadsl.SendProducer;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.javadsl.Handler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.shopagent.core.audit.AuditMapper;
import com.shopagent.core.metrics.PipelineMetrics;
import com.shopagent.core.session.SessionEvent;
import com.shopagent.http.Json;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes the trace events of one journal event to the audit topic, keyed by session id. */
final class AuditPublisher extends Handler<EventEnvelope<SessionEvent>> {
  private final SendProducer<String, String> producer;
  private final String topic;
  private final String tag;

  AuditPublisher(SendProducer<String, String> producer, String topic, String tag) {
    this.producer = producer;
    this.topic = topic;
    this.tag = tag;
  }

  @Override
  public CompletionStage<Done> process(EventEnvelope<SessionEvent> envelope) {
    SessionEvent event = envelope.event();
    CompletableFuture<?>[] sends = AuditMapper.toAudit(event).stream()
        .map(record -> producer.send(new ProducerRecord<>(topic, event.sessionId(), toJson(record))).toCompletableFuture())
        .toArray(CompletableFuture[]::new);
    // the offset is stored only after every record is acknowledged: at-least-once
    return CompletableFuture.allOf(sends).thenApply(v -> {
      PipelineMetrics.auditProjected(tag, envelope.timestamp());
      return Done.getInstance();
    });
  }

  private static String toJson(Map<String, Object> record) {
    try {
      return Json.MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit record not serializable", e);
    }
  }
}
