package com.shopagent.http.cluster.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Kills the node that hosts a chat's session with SIGKILL, between two turns or during one, and
 * checks what the customer sees when the widget reconnects through another node: the same
 * session with its whole history, the next answer, no turn lost, none twice, one ticket.
 */
public final class FailoverDrill {
  private static final Duration REPLY = Duration.ofSeconds(90);
  private final List<DrillNode> nodes;
  private final String adminToken;
  private final Restarter restarter;
  private final HttpClient http = HttpClient.newHttpClient();

  public enum When { BETWEEN_TURNS, DURING_TURN }

  /** Starts a killed node again and returns its new pid. */
  public interface Restarter {
    long restart(DrillNode node) throws Exception;
  }

  /**
   * @param turns the session's turns after the failover, as the resumed history shows them (2 expected)
   * @param turnIds the answered turns' ids, to look for on the audit topic
   * @param repeatSameReply the second message resent through yet another node got the same turn back
   * @param strangerRefused another visitor naming the session id was refused
   */
  public record Kill(int round, When when, int killedNode, String sessionId, long failoverMs, int turns,
      List<String> turnIds, boolean repeatSameReply, boolean strangerRefused) {
    public Kill {
      turnIds = List.copyOf(turnIds);
    }

    public int lost() {
      return Math.max(0, 2 - turns);
    }

    public int duplicates() {
      return Math.max(0, turns - 2) + (repeatSameReply ? 0 : 1);
    }
  }

  public FailoverDrill(List<DrillNode> nodes, String adminToken, Restarter restarter) {
    this.nodes = new ArrayList<>(nodes);
    this.adminToken = adminToken;
    this.restarter = restarter;
  }

  public List<DrillNode> nodes() {
    return List.copyOf(nodes);
  }

  public Kill once(int round, When when) throws Exception {
    DrillNode entry = nodes.get(round % nodes.size());
    String secondId = "drill-" + round + "-2";
    Exchange first = converse(entry, null, null, "How long does shipping take?", "drill-" + round + "-1");
    String session = first.session();
    String token = first.reply().path("token").asText();
    DrillNode host = hostOf(entry, session);
    long killedAt;
    try (DrillSocket ws = first.ws()) {
      if (when == When.DURING_TURN) {
        ws.message("I want to talk to a human", secondId);
        ws.awaitTyping(Duration.ofSeconds(10)); // the turn has started on the host
      }
      ProcessHandle victim = ProcessHandle.of(host.pid())
          .orElseThrow(() -> new IllegalStateException("node " + host.index() + " (pid " + host.pid() + ") is not running"));
      killedAt = System.nanoTime();
      victim.destroyForcibly();
      victim.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    DrillNode survivor = other(host, entry);
    JsonNode answer;
    try (DrillSocket ws = converse(survivor, token, session, "I want to talk to a human", secondId).ws()) {
      answer = ws.last();
    }
    long failoverMs = (System.nanoTime() - killedAt) / 1_000_000;
    DrillNode checker = other(host, survivor);
    int turns;
    boolean same;
    try (DrillSocket ws = converse(checker, answer.path("token").asText(token), session, "I want to talk to a human",
        secondId).ws()) {
      turns = ws.welcome().path("history").size();
      same = ws.last().path("turn_id").asText().equals(answer.path("turn_id").asText())
          && ws.last().path("text").asText().equals(answer.path("text").asText());
    }
    boolean refused;
    try (DrillSocket stranger = new DrillSocket(checker.httpUrl())) {
      refused = "not_your_session".equals(stranger.hello(null, session).path("code").asText());
    }
    nodes.set(nodes.indexOf(host), host.withPid(restarter.restart(host)));
    return new Kill(round, when, host.index(), session, failoverMs, turns,
        List.of(first.reply().path("turn_id").asText(), answer.path("turn_id").asText()), same, refused);
  }

  private record Exchange(DrillSocket ws, String session, JsonNode reply) {}

  /**
   * Connects, says hello (a new guest when {@code token} is null) and sends one message, again
   * and again like the widget's backoff while the cluster is moving shards; the socket stays open.
   */
  private Exchange converse(DrillNode via, String token, String session, String text, String id) throws Exception {
    long deadline = System.nanoTime() + REPLY.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      DrillSocket ws = null;
      try {
        ws = new DrillSocket(via.httpUrl());
        JsonNode welcome = ws.hello(token, session);
        if (welcome.path("type").asText().equals("welcome")) {
          ws.message(text, id);
          JsonNode reply = ws.next(REPLY);
          if (reply.path("type").asText().equals("reply")) {
            return new Exchange(ws, welcome.path("session_id").asText(), reply);
          }
          last = reply.toString();
        } else {
          last = welcome.toString();
        }
      } catch (IllegalStateException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        last = e.getMessage();
      }
      if (ws != null) {
        ws.close();
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("no reply through node " + via.index() + ": " + last);
  }

  private DrillNode other(DrillNode a, DrillNode b) {
    return nodes.stream().filter(n -> n != a && n != b).findFirst()
        .orElseGet(() -> nodes.stream().filter(n -> n != a).findFirst().orElseThrow());
  }

  /** The node hosting the session, once every node sees all of them Up (one cluster, not two). */
  private DrillNode hostOf(DrillNode via, String session) throws Exception {
    long deadline = System.nanoTime() + REPLY.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      boolean whole = true;
      for (DrillNode n : nodes) {
        JsonNode seen = admin(n, session);
        whole &= seen.path("members_up").asInt() == nodes.size();
        last = seen.toString();
      }
      JsonNode answer = admin(via, session);
      String address = answer.path("node").asText(null);
      var host = nodes.stream().filter(n -> n.hosts(address)).findFirst();
      if (whole && host.isPresent()) {
        return host.get();
      }
      last = answer.toString();
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the nodes did not agree on one cluster hosting session " + session + ": " + last);
  }

  private JsonNode admin(DrillNode node, String session) throws Exception {
    var req = HttpRequest.newBuilder(URI.create(node.httpUrl() + "/v1/admin/sessions/" + session + "/node"))
        .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(10)).build();
    return Json.MAPPER.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
  }

}
