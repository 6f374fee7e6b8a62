package com.shopagent.http.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.http.cluster.drill.DrillMain;
import com.shopagent.http.cluster.drill.DrillNode;
import com.shopagent.http.cluster.drill.FailoverDrill;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three agent processes from {@code bin/cluster up 3} (their own PostgreSQL and Kafka broker):
 * the node hosting a chat is killed with SIGKILL between two turns and, in the second case,
 * during one; the customer resumes through another node. One cluster serves both cases.
 */
class ClusterEndToEndIT {
  private static final Pattern NODE = Pattern.compile("node (\\d+) (\\S+) pid (\\d+)");
  private static Path dir;
  private static String jdbcUrl;
  private static String kafka;
  private static FailoverDrill drill;

  @BeforeAll
  static void up() throws Exception {
    // PostgreSQL runs as its own user, which must reach its data dir
    dir = Files.createTempDirectory(Path.of("/tmp"), "agent-cluster-it", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
    String out = cluster("up", "3");
    List<DrillNode> nodes = new ArrayList<>();
    Properties env = new Properties();
    try (var in = Files.newBufferedReader(dir.resolve("cluster.env"))) {
      env.load(in);
    }
    Matcher m = NODE.matcher(out);
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      nodes.add(new DrillNode(i, m.group(2), Long.parseLong(m.group(3)),
          Integer.parseInt(env.getProperty("REMOTE_PORT_" + i))));
    }
    assertEquals(3, nodes.size(), out);
    jdbcUrl = "jdbc:postgresql://127.0.0.1:" + env.getProperty("PG_PORT") + "/agent";
    kafka = "127.0.0.1:" + env.getProperty("KAFKA_PORT");
    drill = new FailoverDrill(nodes, env.getProperty("AGENT_ADMIN_TOKEN"),
        node -> DrillMain.restart(binCluster(), dir, node));
  }

  @AfterAll
  static void down() throws Exception {
    if (dir != null) {
      cluster("down");
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void should_resume_the_session_through_another_node_when_its_host_is_killed_between_turns() throws Exception {
    check(drill.once(0, FailoverDrill.When.BETWEEN_TURNS));
  }

  @Test
  void should_answer_the_resent_message_once_when_the_host_is_killed_during_the_turn() throws Exception {
    check(drill.once(1, FailoverDrill.When.DURING_TURN));
  }

  private static void check(FailoverDrill.Kill k) throws Exception {
    assertEquals(2, k.turns(), "both turns in the resumed history, none twice: " + k);
    assertTrue(k.repeatSameReply(), "the message resent through a third node got the same turn: " + k);
    assertTrue(k.strangerRefused(), "another visitor cannot take the session on any node: " + k);
    try (var c = DriverManager.getConnection(jdbcUrl, "postgres", "");
        var q = c.prepareStatement("select count(*) from tickets where session_id = ?")) {
      q.setString(1, k.sessionId());
      try (var rs = q.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getInt(1), "one ticket for the one request for a human: " + k);
      }
    }
    var seen = AuditTopic.readUntil(kafka, "agent.audit.v1",
        records -> k.turnIds().stream().allMatch(id -> records.stream().anyMatch(r -> id.equals(r.json().path("turn_id").asText()))),
        Duration.ofSeconds(90));
    for (String turnId : k.turnIds()) {
      assertTrue(seen.stream().anyMatch(r -> turnId.equals(r.json().path("turn_id").asText())),
          "turn " + turnId + " on the audit topic: " + k);
    }
  }

  private static String binCluster() {
    return ServerProcess.repoRoot().resolve("bin/cluster").toString();
  }

  private static String cluster(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(binCluster()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("AGENT_CLUSTER_DIR", dir.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("bin/cluster " + String.join(" ", args) + " failed:\n" + out);
    }
    return out;
  }
}
