package com.shopagent.http.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/** Where audited conversations are read from: the Kafka topic or the session journal. */
public interface AuditSource {
  /** Audit events (docs/AUDIT.md) of turns at or after {@code since}; {@code progress} gets (read, total). */
  List<JsonNode> read(Instant since, BiConsumer<Long, Long> progress) throws Exception;

  /** For the report: which trail was read. */
  String describe();
}
