package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestPlanTest {

  private static KbDocument page(String url, String body) {
    return KbDocument.of(url, "T", List.of(), false, body);
  }

  @Test
  void should_sort_pages_into_added_updated_skipped_and_removed() {
    KbDocument same = page("/same", "unchanged");
    KbDocument changed = page("/changed", "new text");
    KbDocument fresh = page("/new", "hello");
    Map<String, String> indexed = Map.of(
        "/same", same.contentHash(),
        "/changed", page("/changed", "old text").contentHash(),
        "/gone", "whatever");

    IngestPlan plan = IngestPlan.of(indexed, List.of(same, changed, fresh));

    assertEquals(List.of(fresh), plan.added());
    assertEquals(List.of(changed), plan.updated());
    assertEquals(1, plan.skipped());
    assertEquals(List.of("/gone"), plan.removed());
    assertEquals(List.of(fresh, changed), plan.toWrite());
  }

  @Test
  void should_refuse_two_pages_with_one_url() {
    List<KbDocument> docs = List.of(page("/a", "x"), page("/a", "y"));

    assertThrows(IllegalArgumentException.class, () -> IngestPlan.of(Map.of(), docs));
  }
}
