package com.shopagent.http.cluster.drill;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/cluster drill --kills N}: N kills of the node hosting a chat, alternating between
 * turns and during a turn; prints one line per kill and the totals. Exit 1 when a turn was lost
 * or doubled.
 */
public final class DrillMain {
  private static final Pattern RESTARTED = Pattern.compile("node \\d+ \\S+ pid (\\d+)");

  private DrillMain() {}

  public static void main(String[] args) throws Exception {
    String binCluster = args[0];
    int kills = 10;
    List<DrillNode> nodes = new ArrayList<>();
    boolean specs = false;
    for (int i = 1; i < args.length; i++) {
      if (specs) {
        nodes.add(DrillNode.parse(args[i]));
      } else if (args[i].equals("--kills")) {
        kills = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--")) {
        specs = true;
      }
    }
    var drill = new FailoverDrill(nodes, System.getenv("AGENT_ADMIN_TOKEN"), node -> restart(binCluster, node));
    List<FailoverDrill.Kill> done = new ArrayList<>();
    for (int round = 0; round < kills; round++) {
      var when = round % 2 == 0 ? FailoverDrill.When.BETWEEN_TURNS : FailoverDrill.When.DURING_TURN;
      FailoverDrill.Kill k = drill.once(round, when);
      done.add(k);
      System.out.printf("kill %d %s node %d: failover %d ms, turns %d, lost %d, duplicates %d, stranger refused %s%n",
          round + 1, when, k.killedNode(), k.failoverMs(), k.turns(), k.lost(), k.duplicates(), k.strangerRefused());
    }
    List<Long> ms = done.stream().map(FailoverDrill.Kill::failoverMs).sorted().toList();
    int lost = done.stream().mapToInt(FailoverDrill.Kill::lost).sum();
    int dups = done.stream().mapToInt(FailoverDrill.Kill::duplicates).sum();
    System.out.printf("kills %d, lost %d, duplicates %d, failover p50 %d ms, max %d ms%n",
        done.size(), lost, dups, ms.get((ms.size() - 1) / 2), ms.get(ms.size() - 1));
    System.exit(lost == 0 && dups == 0 ? 0 : 1);
  }

  private static long restart(String binCluster, DrillNode node) throws Exception {
    Process p = new ProcessBuilder(binCluster, "restart", Integer.toString(node.index()))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = RESTARTED.matcher(out);
    if (p.waitFor() != 0 || !m.find()) {
      throw new IllegalStateException("bin/cluster restart " + node.index() + " failed: " + out);
    }
    return Long.parseLong(m.group(1));
  }
}
