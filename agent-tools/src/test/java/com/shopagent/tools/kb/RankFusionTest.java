package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {

  private static List<String> ids(List<RankFusion.Fused> fused) {
    return fused.stream().map(RankFusion.Fused::id).toList();
  }

  @Test
  void should_rank_first_a_document_both_searches_agree_on() {
    List<RankFusion.Fused> fused = RankFusion.fuse(60, List.of(
        new RankFusion.Ranking(List.of("7", "3", "9"), 1), new RankFusion.Ranking(List.of("3", "8"), 1)));

    assertEquals(List.of("3", "7", "8", "9"), ids(fused));
    assertEquals(1.0 / 62 + 1.0 / 61, fused.get(0).score(), 1e-12);
    assertEquals(1.0 / 61, fused.get(1).score(), 1e-12);
  }

  @Test
  void should_keep_first_seen_order_on_ties() {
    List<RankFusion.Fused> fused = RankFusion.fuse(60, List.of(
        new RankFusion.Ranking(List.of("1"), 1), new RankFusion.Ranking(List.of("2"), 1)));

    assertEquals(List.of("1", "2"), ids(fused));
  }

  @Test
  void should_let_a_heavier_ranking_win_a_disagreement() {
    List<RankFusion.Fused> fused = RankFusion.fuse(60, List.of(
        new RankFusion.Ranking(List.of("lexical-first"), 0.5), new RankFusion.Ranking(List.of("vector-first"), 1.5)));

    assertEquals(List.of("vector-first", "lexical-first"), ids(fused));
    assertEquals(1.5 / 61, fused.get(0).score(), 1e-12);
  }
}
