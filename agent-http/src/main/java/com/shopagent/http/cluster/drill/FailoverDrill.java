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
    String session;
    String token;
    String first;
    String secondId = "drill-" + round + "-2";
    DrillNode host;
    long killedAt;
    try (DrillSocket ws = new DrillSocket(entry.httpUrl())) {
      JsonNode welcome = expect("welcome", ws.hello(null, null));
      session = welcome.path("session_id").asText();
      ws.message("How long does shipping take?", "drill-" + round + "-1");
      JsonNode reply = expect("reply", ws.next(REPLY));
      first = reply.path("turn_id").asText();
      token = reply.path("token").asText();
      host = hostOf(entry, session);
      if (when == When.DURING_TURN) {
        ws.message("I want to talk to a human", secondId);
        ws.awaitTyping(Duration.ofSeconds(10)); // the turn has started on the host
      }
      killedAt = System.nanoTime();
      ProcessHandle.of(host.pid()).ifPresent(ProcessHandle::destroyForcibly);
    }
    DrillNode survivor = other(host, entry);
    JsonNode answer = resume(survivor, token, session, secondId);
    long failoverMs = (System.nanoTime() - killedAt) / 1_000_000;
    DrillNode checker = other(host, survivor);
    int turns;
    boolean same;
    boolean refused;
    try (DrillSocket ws = new DrillSocket(checker.httpUrl())) {
      turns = expect("welcome", ws.hello(answer.path("token").asText(token), session)).path("history").size();
      ws.message("I want to talk to a human", secondId);
      JsonNode again = ws.next(REPLY);
      same = again.path("turn_id").asText().equals(answer.path("turn_id").asText())
          && again.path("text").asText().equals(answer.path("text").asText());
    }
    try (DrillSocket stranger = new DrillSocket(checker.httpUrl())) {
      refused = "not_your_session".equals(stranger.hello(null, session).path("code").asText());
    }
    nodes.set(nodes.indexOf(host), host.withPid(restarter.restart(host)));
    return new Kill(round, when, host.index(), session, failoverMs, turns,
        List.of(first, answer.path("turn_id").asText()), same, refused);
  }

  /** Reconnects like the widget (backoff, same token and session) and sends the second message. */
  private JsonNode resume(DrillNode via, String token, String session, String secondId) throws Exception {
    long deadline = System.nanoTime() + REPLY.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try (DrillSocket ws = new DrillSocket(via.httpUrl())) {
        JsonNode welcome = ws.hello(token, session);
        if (welcome.path("type").asText().equals("welcome")) {
          ws.message("I want to talk to a human", secondId);
          JsonNode reply = ws.next(REPLY);
          if (reply.path("type").asText().equals("reply")) {
            return reply;
          }
          last = reply.toString();
        } else {
          last = welcome.toString();
        }
      } catch (IllegalStateException e) {
        last = e.getMessage();
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("no reply through node " + via.index() + " after the kill: " + last);
  }

  private DrillNode other(DrillNode a, DrillNode b) {
    return nodes.stream().filter(n -> n != a && n != b).findFirst()
        .orElseGet(() -> nodes.stream().filter(n -> n != a).findFirst().orElseThrow());
  }

  private DrillNode hostOf(DrillNode via, String session) throws Exception {
    var req = HttpRequest.newBuilder(URI.create(via.httpUrl() + "/v1/admin/sessions/" + session + "/node"))
        .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(10)).build();
    var resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    String address = Json.MAPPER.readTree(resp.body()).path("node").asText(null);
    return nodes.stream().filter(n -> n.hosts(address)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no node hosts session " + session + ": " + resp.body()));
  }

  private static JsonNode expect(String type, JsonNode frame) {
    if (!frame.path("type").asText().equals(type)) {
      throw new IllegalStateException("expected " + type + ", got " + frame);
    }
    return frame;
  }
}
