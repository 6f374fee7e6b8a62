package com.shopagent.http.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Where audited conversations are read from: the Kafka topic or the session journal. */
public interface AuditSource {
  /**
   * Streams the audit events (docs/AUDIT.md) of turns at or after {@code since} to {@code sink},
   * so a week of traffic never has to fit in memory; {@code progress} gets (read, total).
   */
  void read(Instant since, Consumer<JsonNode> sink, BiConsumer<Long, Long> progress) throws Exception;

  /** For the report: which trail was read. */
  String describe();
}
