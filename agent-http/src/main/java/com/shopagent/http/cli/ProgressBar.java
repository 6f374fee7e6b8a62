package com.shopagent.http.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress bar on stderr, so stdout keeps only results. On a terminal it redraws in
 * place a few times a second; into a file or pipe it prints a line every tenth of the way.
 */
final class ProgressBar {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();

  private final PrintStream out;
  private final String label;
  private final String unit;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastDraw;
  private int lastTenth = -1;

  ProgressBar(String label, String unit) {
    this(System.err, label, unit, System.console() != null);
  }

  ProgressBar(PrintStream out, String label, String unit, boolean terminal) {
    this.out = out;
    this.label = label;
    this.unit = unit;
    this.terminal = terminal;
  }

  synchronized void update(int done, int total) {
    long now = System.nanoTime();
    boolean finished = done >= total;
    if (terminal) {
      if (finished || now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        out.print("\r" + line(done, total, now) + (finished ? "\n" : ""));
        out.flush();
      }
    } else {
      int tenth = total == 0 ? 10 : (int) (10L * done / total);
      if (tenth != lastTenth) {
        lastTenth = tenth;
        out.println(line(done, total, now));
      }
    }
  }

  private String line(int done, int total, long now) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    double rate = done / seconds;
    String eta = done == 0 || done >= total ? "" : String.format("  eta %ds", Math.round((total - done) / rate));
    return String.format("%-16s [%s%s] %d/%d %s  %.1f/s%s", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
        done, total, unit, rate, eta);
  }
}
