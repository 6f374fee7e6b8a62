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
 * {@code agent bench soak} against the packaged agent: a short run drives real WebSocket chats (guests
 * and a signed-in demo customer), reads the server's heap after GC, RSS and descriptors, and exits 0
 * with no failed turn. The 30-minute run's table is in docs/BENCHMARKS.md.
 */
class SoakCommandIT {
  @TempDir
  Path data;

  @Test
  void should_report_windows_of_answered_turns_and_the_servers_footprint() throws Exception {
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
    }
  }
}
