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

  private static IngestPlan.Indexed in(String source, KbDocument doc) {
    return new IngestPlan.Indexed(doc.contentHash(), source);
  }

  @Test
  void should_sort_pages_into_added_updated_skipped_and_removed() {
    KbDocument same = page("/same", "unchanged");
    KbDocument changed = page("/changed", "new text");
    KbDocument fresh = page("/new", "hello");
    Map<String, IngestPlan.Indexed> indexed = Map.of(
        "/same", in("docs", same),
        "/changed", in("docs", page("/changed", "old text")),
        "/gone", new IngestPlan.Indexed("whatever", "docs"));

    IngestPlan plan = IngestPlan.of(indexed, "docs", List.of(same, changed, fresh));

    assertEquals(List.of(fresh), plan.added());
    assertEquals(List.of(changed), plan.updated());
    assertEquals(1, plan.skipped());
    assertEquals(List.of("/gone"), plan.removed());
    assertEquals(List.of(fresh, changed), plan.toWrite());
  }

  @Test
  void should_never_remove_pages_another_source_brought_in() {
    KbDocument wpPage = page("/blog/hello", "from WordPress");
    KbDocument moved = page("/faq", "now in the folder");

    IngestPlan plan = IngestPlan.of(
        Map.of("/blog/hello", in("wp", wpPage), "/faq", in("wp", moved)), "folder", List.of(moved));

    assertEquals(List.of(), plan.removed());
    assertEquals(List.of(moved), plan.updated(), "the page changes hands, so it is rewritten under its new source");
  }

  @Test
  void should_refuse_two_pages_with_one_url() {
    List<KbDocument> docs = List.of(page("/a", "x"), page("/a", "y"));

    assertThrows(IllegalArgumentException.class, () -> IngestPlan.of(Map.of(), "docs", docs));
  }
}
