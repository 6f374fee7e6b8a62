package com.shopagent.http.bench;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** One window of a soak run: the turns that ended in it and the agent's footprint at its end. */
record SoakRow(double minute, TurnStats.Summary turns, ServerProbe.Reading server) {
  static SoakRow of(double minute, TurnStats.Summary turns, ServerProbe.Reading server) {
    return new SoakRow(minute, turns, server);
  }

  /** This row with the turns of {@code more} added (latency percentiles kept: a handful of turns). */
  SoakRow plus(TurnStats.Summary more) {
    var codes = new TreeMap<>(turns.errorsByCode());
    more.errorsByCode().forEach((k, v) -> codes.merge(k, v, Integer::sum));
    return new SoakRow(minute, new TurnStats.Summary(turns.turns() + more.turns(), turns.errors() + more.errors(),
        codes, turns.p50(), turns.p95(), turns.p99(), Math.max(turns.max(), more.max())), server);
  }

  String line() {
    return String.format(Locale.ROOT, "[%5.1f min] turns %d, errors %d %s, p50 %.1f ms, p95 %.1f ms, heap after GC %.1f MB,"
        + " RSS %.0f MB, fds %d, threads %d", minute, turns.turns(), turns.errors(),
        turns.errorsByCode().isEmpty() ? "" : turns.errorsByCode(), turns.p50(), turns.p95(), server.heapAfterGcMb(),
        server.rssMb(), server.openFds(), server.threads());
  }

  static String table(List<SoakRow> rows) {
    StringBuilder t = new StringBuilder("| minute | turns | errors | p50 ms | p95 ms | p99 ms | max ms "
        + "| heap after GC MB | RSS MB | open fds | threads |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SoakRow r : rows) {
      var s = r.turns();
      t.append(String.format(Locale.ROOT, "| %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %d | %d |%n",
          r.minute(), s.turns(), s.errors(), s.p50(), s.p95(), s.p99(), s.max(), r.server().heapAfterGcMb(),
          r.server().rssMb(), r.server().openFds(), r.server().threads()));
    }
    return t.toString();
  }
}
