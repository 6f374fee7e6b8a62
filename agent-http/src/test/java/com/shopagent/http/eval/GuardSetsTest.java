package com.shopagent.http.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GuardSetsTest {

  @Test
  void should_hold_out_messages_the_training_split_never_contains() {
    List<TextRecord> train = GuardSets.generate(GuardSets.Split.TRAIN);
    List<TextRecord> held = GuardSets.generate(GuardSets.Split.HELDOUT);
    Set<String> trainTexts = train.stream().map(TextRecord::text).collect(Collectors.toSet());
    held.forEach(r -> assertTrue(!trainTexts.contains(r.text()), "held-out text also in train: " + r.text()));
    assertTrue(held.size() >= 50, "held-out split too small: " + held.size());
    assertTrue(held.stream().anyMatch(r -> r.label().equals("attack") && r.category().equals("hidden")),
        "attacks hidden in quoted emails and reviews are held out too");
    assertTrue(held.stream().anyMatch(r -> r.label().equals("benign") && r.category().equals("creative")),
        "benign role-play requests are held out too");
  }

  @Test
  void should_generate_the_same_sets_on_every_run() {
    assertEquals(GuardSets.generate(GuardSets.Split.TRAIN), GuardSets.generate(GuardSets.Split.TRAIN));
    assertEquals(new HashSet<>(GuardSets.generate(GuardSets.Split.HELDOUT)),
        new HashSet<>(GuardSets.generate(GuardSets.Split.HELDOUT)));
  }
}
