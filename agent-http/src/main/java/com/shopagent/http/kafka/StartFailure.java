package com.shopagent.http.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Builds the message a user sees when the embedded broker does not come up. */
final class StartFailure {

  private StartFailure() {}

  static String describe(Exception e, Duration timeout, Path dataDir, String childTail) {
    String what;
    if (e instanceof TimeoutException) {
      what = "did not become ready within " + timeout.toMillis() + " ms";
    } else if (e instanceof ExecutionException && e.getCause() != null) {
      what = e.getCause().getMessage();
    } else {
      what = "failed to start: " + e;
    }
    Path dir = dataDir.toAbsolutePath();
    return "Embedded Kafka " + what + " (data dir " + dir + ", broker log "
        + dir.resolve("broker.log") + "). Last output of the broker process:\n" + childTail;
  }
}
