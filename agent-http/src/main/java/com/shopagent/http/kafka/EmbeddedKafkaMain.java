package com.shopagent.http.kafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Runs a single-node KRaft broker in the child JVM started by {@link EmbeddedKafka}.
 *
 * <p>Args: data dir, port, controller port (0 picks a free one) and the parent's pid. Prints
 * {@code KAFKA_READY 127.0.0.1:<port>} once the broker serves requests; exits with the parent.
 */
public final class EmbeddedKafkaMain {

  static final String READY_PREFIX = "KAFKA_READY ";

  private EmbeddedKafkaMain() {}

  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: EmbeddedKafkaMain <data dir> <port> <controller port> <parent pid>");
      System.exit(2);
    }
    try {
      Path dataDir = Path.of(args[0]).toAbsolutePath();
      Files.createDirectories(dataDir);
      // must happen before any Kafka class initialises slf4j
      System.setProperty("logback.configurationFile",
          "com/shopagent/http/kafka/embedded-kafka-logback.xml");
      System.setProperty("shopagent.kafka.log", dataDir.resolve("broker.log").toString());
      exitWithParent(Long.parseLong(args[3]));
      run(dataDir, freeIfZero(Integer.parseInt(args[1])), freeIfZero(Integer.parseInt(args[2])));
    } catch (Throwable e) {
      System.err.println("Embedded Kafka failed: " + causes(e));
      System.exit(1);
    }
  }

  private static void run(Path dataDir, int port, int controllerPort) throws IOException {
    Properties props = BrokerProperties.kraft(dataDir, port, controllerPort);
    Path config = BrokerProperties.write(props, dataDir.resolve("server.properties"));
    formatOnce(dataDir, config);
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    server.startup(); // returns once the broker is unfenced and accepts requests
    // SIGTERM from EmbeddedKafka.close() and the parent-exit watcher both end up here
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "embedded-kafka-shutdown"));
    System.out.println(READY_PREFIX + "127.0.0.1:" + port);
    System.out.flush();
    server.awaitShutdown();
  }

  /** Formats the log dir once; the cluster id then lives in its meta.properties. */
  private static void formatOnce(Path dataDir, Path config) {
    if (Files.exists(BrokerProperties.logDir(dataDir).resolve("meta.properties"))) {
      return;
    }
    // execute() returns a code instead of calling Exit like StorageTool.main does
    int code = StorageTool.execute(new String[] {
        "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted"});
    if (code != 0) {
      throw new IllegalStateException("kafka storage format exited with code " + code);
    }
  }

  private static void exitWithParent(long parentPid) {
    ProcessHandle.of(parentPid).ifPresentOrElse(
        parent -> parent.onExit().thenRun(() -> System.exit(0)),
        () -> {
          throw new IllegalStateException("parent process " + parentPid + " is not running");
        });
  }

  private static int freeIfZero(int port) throws IOException {
    if (port != 0) {
      return port;
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e));
    Throwable c = e.getCause();
    for (int depth = 0; c != null && depth < 10; depth++, c = c.getCause()) {
      text.append(" <- caused by ").append(c);
    }
    return text.toString();
  }
}
