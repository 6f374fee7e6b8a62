package com.shopagent.http.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs every check at once, each bounded by the same timeout, and sums them up. */
public final class Readiness {
  private final List<Check> checks;
  private final Duration timeout;

  public Readiness(List<Check> checks, Duration timeout) {
    this.checks = List.copyOf(checks);
    this.timeout = timeout;
  }

  /**
   * @param failing check name to reason, in check order
   * @param ready no critical check failed
   */
  public record Report(boolean ready, Map<String, String> failing, List<String> passing) {
    public Report {
      failing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failing));
      passing = List.copyOf(passing);
    }
  }

  public CompletableFuture<Report> run() {
    List<CompletableFuture<String>> results = checks.stream().map(this::outcome).toList();
    return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).thenApply(v -> {
      Map<String, String> failing = new LinkedHashMap<>();
      List<String> passing = new java.util.ArrayList<>();
      boolean ready = true;
      for (int i = 0; i < checks.size(); i++) {
        String reason = results.get(i).join();
        if (reason == null) {
          passing.add(checks.get(i).name());
        } else {
          failing.put(checks.get(i).name(), reason);
          ready &= !checks.get(i).critical();
        }
      }
      return new Report(ready, failing, passing);
    });
  }

  /** null when the check passed, else why not. */
  private CompletableFuture<String> outcome(Check check) {
    CompletableFuture<?> probe;
    try {
      probe = check.probe().get().toCompletableFuture();
    } catch (RuntimeException e) {
      probe = CompletableFuture.failedFuture(e);
    }
    return probe.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((ok, e) -> e == null ? null : reason(e));
  }

  private String reason(Throwable e) {
    Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (c instanceof TimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
  }
}
