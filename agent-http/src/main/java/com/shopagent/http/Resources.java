package com.shopagent.http;

import akka.actor.typed.ActorSystem;
import akka.kafka.javadsl.SendProducer;
import com.shopagent.http.kafka.EmbeddedKafka;
import com.shopagent.tools.kb.KnowledgeBase;
import com.shopagent.tools.tickets.Database;
import java.time.Duration;
import kamon.Kamon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the server opened, closed in reverse order; each step is tolerant of a half-started boot. */
final class Resources implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Resources.class);
  ActorSystem<?> system;
  SendProducer<String, String> producer;
  EmbeddedKafka kafka;
  Database db;
  KnowledgeBase kb;
  boolean kamon;
  com.shopagent.http.health.NodeChecks checks;

  @Override
  public void close() {
    quietly("readiness checks", () -> {
      if (checks != null) {
        checks.close();
      }
    });
    quietly("actor system", () -> {
      if (system != null) {
        system.terminate();
        system.getWhenTerminated().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    });
    quietly("audit producer", () -> {
      if (producer != null) {
        producer.close().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    });
    quietly("kafka", () -> {
      if (kafka != null) {
        kafka.close();
      }
    });
    quietly("database", () -> {
      if (db != null) {
        db.close();
      }
    });
    quietly("knowledge base", () -> {
      if (kb != null) {
        kb.close();
      }
    });
    quietly("kamon", () -> {
      if (kamon) {
        scala.concurrent.Await.ready(Kamon.stop(), scala.concurrent.duration.Duration.fromNanos(Duration.ofSeconds(5).toNanos()));
      }
    });
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void quietly(String what, Step step) {
    try {
      step.run();
    } catch (Exception e) {
      log.warn("closing {} failed: {}", what, e.toString());
    }
  }
}
