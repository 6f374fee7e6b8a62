package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {

  @Test
  void should_rank_first_a_document_both_searches_agree_on() {
    List<RankFusion.Fused> fused = RankFusion.fuse(60, List.of(new int[] {7, 3, 9}, new int[] {3, 8}));

    assertEquals(List.of(3, 7, 8, 9), fused.stream().map(RankFusion.Fused::doc).toList());
    assertEquals(1.0 / 62 + 1.0 / 61, fused.get(0).score(), 1e-12);
    assertEquals(1.0 / 61, fused.get(1).score(), 1e-12);
  }

  @Test
  void should_keep_first_seen_order_on_ties() {
    List<RankFusion.Fused> fused = RankFusion.fuse(60, List.of(new int[] {1}, new int[] {2}));

    assertEquals(List.of(1, 2), fused.stream().map(RankFusion.Fused::doc).toList());
  }
}
