package com.shopagent.http.kafka;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's Kafka broker, run in a child JVM on our class path so the broker's own
 * dependencies and threads stay out of the agent's process. Data survives restarts on the same
 * data dir; the child never outlives this JVM.
 */
public final class EmbeddedKafka implements AutoCloseable {

  public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m");

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final String ADDRESS_FILE = "bootstrap-address";

  private final Process process;
  private final String bootstrapServers;
  private final Duration adminTimeout;
  private final Thread shutdownHook;
  private final AtomicBoolean stopping;

  private EmbeddedKafka(Process process, String bootstrapServers, Duration adminTimeout,
      Thread shutdownHook, AtomicBoolean stopping) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
    this.adminTimeout = adminTimeout;
    this.shutdownHook = shutdownHook;
    this.stopping = stopping;
  }

  /** Starts a broker on {@code port} (0 picks a free one); the timeout also bounds admin calls. */
  public static EmbeddedKafka start(Path dataDir, int port, Duration startTimeout) {
    return start(dataDir, port, startTimeout, DEFAULT_JVM_OPTIONS);
  }

  public static EmbeddedKafka start(Path dataDir, int port, Duration startTimeout,
      List<String> jvmOptions) {
    long deadline = System.nanoTime() + startTimeout.toNanos();
    Process process = ChildJvm.launch(jvmOptions, EmbeddedKafkaMain.class,
        dataDir.toAbsolutePath().toString(), String.valueOf(port), "0",
        String.valueOf(ProcessHandle.current().pid()));
    AtomicBoolean stopping = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      stopping.set(true);
      ChildJvm.stop(process, STOP_GRACE);
    }, "embedded-kafka-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    ChildOutput output = ChildOutput.drain(process);
    try {
      String address = output.ready().get(startTimeout.toMillis(), MILLISECONDS);
      EmbeddedKafka kafka = new EmbeddedKafka(process, address, startTimeout, hook, stopping);
      kafka.describeCluster(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)));
      kafka.warnOnUnexpectedExit(output);
      writeAddress(dataDir, address);
      return kafka;
    } catch (Exception e) {
      stopping.set(true);
      ChildJvm.removeShutdownHook(hook);
      ChildJvm.stop(process, STOP_GRACE);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException(
          StartFailure.describe(e, startTimeout, dataDir, output.tail()), e);
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * The address the broker under {@code dataDir} last listened on, so local tools (agent eval
   * batch) find the embedded broker of a running agent without being told its random port.
   */
  public static java.util.Optional<String> lastAddress(Path dataDir) {
    Path file = dataDir.resolve(ADDRESS_FILE);
    try {
      return java.nio.file.Files.isRegularFile(file)
          ? java.util.Optional.of(java.nio.file.Files.readString(file).strip()) : java.util.Optional.empty();
    } catch (java.io.IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static void writeAddress(Path dataDir, String address) {
    try {
      java.nio.file.Files.writeString(dataDir.resolve(ADDRESS_FILE), address + "\n");
    } catch (java.io.IOException e) {
      log.warn("could not record the broker address under {}: {}", dataDir, e.getMessage());
    }
  }

  /** Creates the topics that do not exist yet, with one replica each. */
  public void ensureTopics(Map<String, Integer> topicPartitions) {
    try (Admin admin = admin()) {
      Set<String> existing = admin.listTopics().names().get(adminTimeout.toMillis(), MILLISECONDS);
      List<NewTopic> missing = topicPartitions.entrySet().stream()
          .filter(t -> !existing.contains(t.getKey()))
          .map(t -> new NewTopic(t.getKey(), t.getValue(), (short) 1))
          .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(adminTimeout.toMillis(), MILLISECONDS);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) { // lost a race: fine
        throw new IllegalStateException("could not create topics " + topicPartitions.keySet(), e);
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("creating topics timed out after " + adminTimeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /** Stops the broker: SIGTERM for a clean shutdown, then a forced kill after a grace period. */
  @Override
  public void close() {
    stopping.set(true);
    ChildJvm.removeShutdownHook(shutdownHook);
    ChildJvm.stop(process, STOP_GRACE);
  }

  // nothing restarts the broker; the agent's Kafka clients will report the outage, this says why
  private void warnOnUnexpectedExit(ChildOutput output) {
    process.onExit().thenAccept(p -> {
      if (!stopping.get()) {
        log.warn("Embedded Kafka exited with code {}; last output:\n{}", p.exitValue(),
            output.tail());
      }
    });
  }

  long pid() {
    return process.pid();
  }

  private void describeCluster(Duration timeout) throws InterruptedException, TimeoutException {
    try (Admin admin = admin()) {
      admin.describeCluster().nodes().get(timeout.toMillis(), MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("broker did not answer describeCluster: " + e.getCause(), e);
    }
  }

  private Admin admin() {
    int timeoutMs = (int) Math.min(adminTimeout.toMillis(), Integer.MAX_VALUE);
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-admin",
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs));
  }
}
