package com.shopagent.http.eval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void should_rebuild_each_conversation_once_whatever_the_order_and_duplicates_of_delivery() {
    List<JsonNode> events = new ArrayList<>();
    events.addAll(Trails.turn("s1", "t1", T0, "How long does shipping take?",
        Trails.answer("3-7 days. See Shipping.", "shipping", "low", "/docs/shipping"), Trails.kb("/docs/shipping")));
    events.addAll(Trails.turn("s1", "t2", T0.plusSeconds(30), "I want a person",
        Trails.handover("Ticket T-1 opened.", "human", "high", "T-1"), Trails.ticket("T-1")));
    events.addAll(Trails.turn("s2", "t3", T0.plusSeconds(5), "hello", Trails.answer("Hi!", "greeting", "low")));
    events.addAll(new ArrayList<>(events.subList(0, 3))); // a re-delivery after a restart
    Collections.shuffle(events, new Random(3));

    List<Conversation> conversations = AuditTrail.assemble(events);

    assertEquals(2, conversations.size());
    Conversation s1 = conversations.stream().filter(c -> c.sessionId().equals("s1")).findFirst().orElseThrow();
    assertEquals(List.of("t1", "t2"), s1.turns().stream().map(Conversation.Turn::turnId).toList());
    Conversation.Turn first = s1.turns().get(0);
    assertEquals(1, first.tools().size(), "the duplicate tool events count once");
    assertEquals("q", first.tools().get(0).arguments().get("query"));
    assertTrue(first.tools().get(0).summary().contains("/docs/shipping"), first.tools().get(0).summary());
    assertEquals(List.of("/docs/shipping"), first.citations());
    assertEquals("T-1", s1.turns().get(1).ticketId());
    assertTrue(s1.turns().get(1).escalated());
  }

  @Test
  void should_skip_unfinished_turns_and_events_of_an_unknown_schema() {
    List<JsonNode> events = new ArrayList<>(Trails.turn("s1", "t1", T0, "hi", Trails.answer("Hi!", "greeting", "low")));
    List<JsonNode> future = Trails.turn("s2", "t2", T0, "hi", Trails.answer("Hi!", "greeting", "low"));
    future.forEach(e -> ((ObjectNode) e).put("schema_version", 2));
    events.addAll(future);
    events.add(Trails.turn("s3", "t3", T0, "hi", Trails.answer("Hi!", "greeting", "low")).get(0)); // turn.started only

    assertEquals(List.of("s1"), AuditTrail.assemble(events).stream().map(Conversation::sessionId).toList());
  }

  @Test
  void should_sample_the_same_sessions_for_the_same_seed_and_only_inside_the_window() {
    List<JsonNode> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      events.addAll(Trails.turn("s" + i, "t" + i, T0.plusSeconds(3600L * i), "hi", Trails.answer("Hi!", "greeting", "low")));
    }
    AuditTrail.Index index = new AuditTrail.Index();
    events.forEach(index);
    AuditTrail.Index reversed = new AuditTrail.Index();
    new java.util.LinkedList<>(events).descendingIterator().forEachRemaining(reversed);
    Instant since = Window.since("10h", T0.plusSeconds(3600L * 29));

    var a = Window.sample(index.lastTurnAt(), since, 5, 42);

    assertEquals(a, Window.sample(reversed.lastTurnAt(), since, 5, 42));
    assertEquals(5, a.size());
    assertTrue(a.stream().allMatch(s -> Integer.parseInt(s.substring(1)) >= 19), a.toString());
    assertEquals(11, Window.inWindow(index.lastTurnAt(), since), "hours 19 to 29");
    assertEquals(java.util.Optional.of("s7"), index.sessionOf("t7"));

    AuditTrail trail = new AuditTrail(a::contains);
    events.forEach(trail);
    assertEquals(a, java.util.Set.copyOf(trail.conversations().stream().map(Conversation::sessionId).toList()),
        "the second pass keeps the sampled sessions' events only");
  }

  @Test
  void should_read_since_as_a_duration_a_date_or_an_instant_and_refuse_anything_else() {
    Instant now = Instant.parse("2026-11-24T12:00:00Z");
    assertEquals(Instant.parse("2026-11-17T12:00:00Z"), Window.since("7d", now));
    assertEquals(Instant.parse("2026-11-24T10:30:00Z"), Window.since("90m", now));
    assertEquals(Instant.parse("2026-11-17T00:00:00Z"), Window.since("2026-11-17", now));
    assertEquals(Instant.EPOCH, Window.since("all", now));
    var e = org.junit.jupiter.api.Assertions.assertThrows(com.shopagent.http.eval.BadInput.class,
        () -> Window.since("last week", now));
    assertTrue(e.getMessage().contains("7d"), e.getMessage());
  }
}
