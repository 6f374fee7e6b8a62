package com.shopagent.http.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a running agent's memory and descriptors from outside, as an operator would: heap after a
 * full GC ({@code jcmd GC.run}, then {@code GC.heap_info}), resident set size and open file
 * descriptors from {@code /proc}. Needs the same user as the agent and a JDK's {@code jcmd}.
 */
final class ServerProbe {
  /** One reading; -1 where a figure could not be read. */
  record Reading(double heapAfterGcMb, double rssMb, int openFds, int threads) {}

  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
  private final long pid;
  private final Path jcmd;

  private ServerProbe(long pid, Path jcmd) {
    this.pid = pid;
    this.jcmd = jcmd;
  }

  /** The given pid, else the one local {@code Main serve} process. */
  static ServerProbe of(Long pid) {
    long target = pid != null ? pid : ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains("com.shopagent.http.Main serve")).orElse(false))
        .map(ProcessHandle::pid).reduce((a, b) -> {
          throw new IllegalArgumentException("several agents run here (" + a + ", " + b + "): pass --pid");
        }).orElseThrow(() -> new IllegalArgumentException("no running agent found on this machine: pass --pid"));
    Path java = ProcessHandle.of(target).flatMap(p -> p.info().command()).map(Path::of)
        .orElseThrow(() -> new IllegalArgumentException("no process " + target));
    return new ServerProbe(target, java.resolveSibling("jcmd"));
  }

  long pid() {
    return pid;
  }

  Reading read() {
    return new Reading(heapAfterGcMb(), statusKb("VmRSS") / 1024.0, openFds(), (int) statusKb("Threads"));
  }

  private double heapAfterGcMb() {
    if (!Files.isExecutable(jcmd) || run("GC.run").isEmpty()) {
      return -1;
    }
    Matcher m = HEAP_USED.matcher(run("GC.heap_info").orElse(""));
    return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
  }

  private Optional<String> run(String command) {
    try {
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private int openFds() {
    String[] fds = Path.of("/proc", Long.toString(pid), "fd").toFile().list();
    return fds == null ? -1 : fds.length;
  }

  /** A number from /proc/PID/status ("VmRSS:  123456 kB", "Threads:  42"). */
  private long statusKb(String field) {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
      return lines.stream().filter(l -> l.startsWith(field + ":"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
