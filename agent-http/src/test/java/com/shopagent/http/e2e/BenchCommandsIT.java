package com.shopagent.http.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agent bench soak} and {@code agent bench chat} against the packaged agent: short runs drive
 * real WebSocket chats (guests and a signed-in demo customer), read the server's heap after GC, RSS
 * and descriptors, and exit 0 with no failed turn. The long runs' figures are in docs/BENCHMARKS.md.
 */
class BenchCommandsIT {
  @TempDir
  Path data;

  @Test
  void should_drive_real_chats_and_report_latency_errors_and_the_servers_footprint() throws Exception {
    Map<String, String> limits = Map.of("AGENT_LIMIT_PER_IP", "100000", "AGENT_LIMIT_PER_USER", "100000");
    try (ServerProcess server = ServerProcess.start(data, limits)) {
      Path result = data.resolve("soak.json");
      AgentCommand soak = AgentCommand.run(data, Map.of("AGENT_DATA_DIR", data.toString()), "bench", "soak",
          "--url", server.baseUrl(), "--pid", Long.toString(server.pid()), "--minutes", "0.3",
          "--window-minutes", "0.1", "--concurrency", "2", "--think-ms", "100", "--out", result.toString());
      assertEquals(0, soak.exit(), soak.toString());
      assertTrue(soak.out().contains("| minute | turns | errors |"), soak.out());

      JsonNode windows = new ObjectMapper().readTree(Files.readString(result)).path("windows");
      assertEquals(4, windows.size(), "a reading before the load and one per window: " + windows);
      int turns = 0;
      for (JsonNode w : windows) {
        turns += w.path("turns").path("turns").asInt();
        assertEquals(0, w.path("turns").path("errors").asInt(), w.toString());
        assertTrue(w.path("server").path("heapAfterGcMb").asDouble() > 0, "heap after GC read with jcmd: " + w);
        assertTrue(w.path("server").path("openFds").asInt() > 0, w.toString());
      }
      assertTrue(turns >= 10, "chats ran: " + turns + " turns");

      Path chatResult = data.resolve("chat.json");
      AgentCommand chat = AgentCommand.run(data, Map.of("AGENT_DATA_DIR", data.toString()), "bench", "chat",
          "--url", server.baseUrl(), "--pid", Long.toString(server.pid()), "--sessions", "6", "--turns", "3",
          "--concurrency", "3", "--out", chatResult.toString());
      assertEquals(0, chat.exit(), chat.toString());
      JsonNode run = new ObjectMapper().readTree(Files.readString(chatResult));
      assertEquals(18, run.path("turns").path("turns").asInt(), "6 conversations of 3 turns: " + run);
      assertEquals(0, run.path("turns").path("errors").asInt(), run.toString());
      assertTrue(run.path("turns_per_second").asDouble() > 0 && run.path("turns").path("p95").asDouble() > 0, run.toString());
      assertTrue(run.path("server").path("rssMb").asDouble() > 0, run.toString());
    }
  }
}
