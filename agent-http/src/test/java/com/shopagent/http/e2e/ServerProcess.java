package com.shopagent.http.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent started the way a user starts it ({@code Main serve}), in its own JVM, so a test can
 * kill it like a crash and start it again on the same data.
 */
final class ServerProcess implements AutoCloseable {
  /** Only a failed start waits this long; a shared build machine under load needs minutes to start a JVM. */
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(240);
  private static final Pattern HTTP = Pattern.compile("POST (http://\\S+)/v1/chat");
  private static final Pattern KAFKA = Pattern.compile("Audit topic:\\s+\\S+ on (\\S+)");
  private final Process process;
  private final List<String> output;
  private final String baseUrl;
  private final String kafka;

  private ServerProcess(Process process, String baseUrl, String kafka, List<String> output) {
    this.output = output;
    this.process = process;
    this.baseUrl = baseUrl;
    this.kafka = kafka;
  }

  static Path repoRoot() {
    Path here = Path.of("").toAbsolutePath();
    return here.resolve("config").toFile().isDirectory() ? here : here.getParent();
  }

  static ServerProcess start(Path dataDir, Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx768m", "-cp", classPath(),
        "com.shopagent.http.Main", "serve", "--home", repoRoot().toString(), "--port", "0",
        "--data-dir", dataDir.toString()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    CompletableFuture<String[]> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> read(p, lines, ready), "server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      String[] urls = ready.get(STARTUP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      ServerProcess server = new ServerProcess(p, urls[0], urls[1], lines);
      refuseLicenseKeyWarning(server);
      return server;
    } catch (Exception e) {
      p.destroyForcibly();
      synchronized (lines) {
        throw new IllegalStateException("agent did not start: " + e + "\n" + String.join("\n", lines), e);
      }
    }
  }

  /**
   * Akka 2.8.7 and later log "Dev use only. Free keys at akka.io/key" at start-up and stop the
   * actor system 15 minutes later: an agent that says so is not fit to ship.
   */
  private static void refuseLicenseKeyWarning(ServerProcess server) throws Exception {
    if (server.log().contains("akka.io/key")) {
      String log = server.log();
      server.kill();
      throw new IllegalStateException("the agent logged Akka's license-key warning (akka.io/key):\n" + log);
    }
  }

  /** The packaged agent (jar + lib, as bin/agent runs it) when the build has packaged it. */
  static String classPath() {
    Path module = repoRoot().resolve("agent-http");
    Path jar = module.resolve("target/agent-http.jar");
    if (jar.toFile().isFile() && module.resolve("target/lib").toFile().isDirectory()) {
      return jar + java.io.File.pathSeparator + module.resolve("target/lib") + java.io.File.separator + "*";
    }
    return System.getProperty("java.class.path");
  }

  private static void read(Process p, List<String> lines, CompletableFuture<String[]> ready) {
    String http = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        synchronized (lines) {
          lines.add(line);
        }
        Matcher m = HTTP.matcher(line);
        if (m.find()) {
          http = m.group(1);
        }
        Matcher k = KAFKA.matcher(line);
        if (k.find() && http != null) {
          ready.complete(new String[] {http, k.group(1)});
        }
      }
    } catch (IOException e) {
      // the process went away; whoever waits sees it through the timeout or exit
    }
    // the output ended: the agent exited or closed its stdout; either way it will not become ready
    ready.completeExceptionally(new IllegalStateException("the agent's output ended before it was ready"));
  }

  /** Everything the agent printed so far (its log), for tests that look for leaks. */
  String log() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  String wsUrl() {
    return baseUrl.replaceFirst("^http", "ws") + "/v1/chat/ws";
  }

  long pid() {
    return process.pid();
  }

  String kafkaBootstrap() {
    return kafka;
  }

  /** Like a crash: no shutdown hooks, no goodbye. */
  void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
