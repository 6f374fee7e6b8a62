package com.shopagent.http.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's real Prometheus server as a child process: scrapes the given agent every second and
 * evaluates our alert rules every second, with its data in a temporary folder.
 */
final class PrometheusServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Process process;
  private final String baseUrl;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(Process process, String baseUrl, Path log) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  static boolean installed() {
    return Files.isExecutable(Path.of("/usr/bin/prometheus"));
  }

  /** @param agent host:port of the agent's /metrics; @param rules the rule file to evaluate */
  static PrometheusServer start(Path dir, String agent, Path rules) throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, String.join("\n",
        "global: {scrape_interval: 1s, evaluation_interval: 1s}",
        "rule_files: ['" + rules.toAbsolutePath() + "']",
        "scrape_configs:",
        "  - job_name: shop-agent",
        "    static_configs: [{targets: ['" + agent + "']}]", ""));
    Path log = dir.resolve("prometheus.log");
    Process p = new ProcessBuilder("/usr/bin/prometheus", "--config.file=" + config,
        "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PrometheusServer server = new PrometheusServer(p, "http://127.0.0.1:" + port, log);
    server.awaitReady();
    return server;
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/-/ready")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      process.waitFor(200, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException("Prometheus did not become ready:\n" + Files.readString(log));
  }

  /** An instant query: the whole API answer ({@code status}, {@code data.result}, {@code error}). */
  JsonNode query(String promql) throws Exception {
    return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
  }

  /** The alerts Prometheus holds now, pending or firing. */
  JsonNode alerts() throws Exception {
    return get("/api/v1/alerts").path("data").path("alerts");
  }

  private JsonNode get(String path) throws Exception {
    return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
