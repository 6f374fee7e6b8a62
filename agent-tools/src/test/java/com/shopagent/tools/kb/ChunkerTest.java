package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private static final TokenCounter COUNTER = TokenCounter.approximate();
  private static final int MAX = 60;
  private static final int OVERLAP = 10;

  /** Words w0, w1, ... so any cut inside a word or any gap in the order is visible. */
  private static String words(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  private static int[] indexes(String text) {
    return Arrays.stream(text.strip().split("\\s+")).mapToInt(w -> {
      assertTrue(w.matches("w\\d+"), "not a whole word: " + w);
      return Integer.parseInt(w.substring(1));
    }).toArray();
  }

  private static KbDocument doc(String body) {
    return KbDocument.of("/docs/test", "Test page", List.of("product:1"), false, body);
  }

  @Test
  void should_never_cut_a_word_and_stay_within_the_budget_with_overlap_between_neighbours() {
    // paragraphs of 5, 20, 120 (larger than a chunk) and 30 words
    String body = String.join("\n\n", words(0, 5), words(5, 25), words(25, 145), words(145, 175));
    List<Chunk> chunks = new Chunker(COUNTER, MAX, OVERLAP).chunk(doc(body));

    assertTrue(chunks.size() >= 3, "the long paragraph must be split");
    List<int[]> seen = new ArrayList<>();
    for (Chunk chunk : chunks) {
      assertTrue(COUNTER.count(chunk.text()) <= MAX, "too long: " + COUNTER.count(chunk.text()));
      int[] idx = indexes(chunk.text());
      for (int i = 1; i < idx.length; i++) {
        assertEquals(idx[i - 1] + 1, idx[i], "words must stay contiguous and in order: " + chunk.text());
      }
      seen.add(idx);
    }
    for (int c = 1; c < seen.size(); c++) {
      int[] prev = seen.get(c - 1);
      int[] next = seen.get(c);
      int overlapWords = prev[prev.length - 1] - next[0] + 1;
      assertTrue(overlapWords > 0, "consecutive chunks must overlap");
      int overlapTokens = COUNTER.count(words(next[0], next[0] + overlapWords));
      int oneMore = COUNTER.count(words(next[0], next[0] + overlapWords + 1));
      assertTrue(overlapTokens <= OVERLAP && oneMore > OVERLAP, "overlap should fill its budget: " + overlapWords);
    }
    assertEquals(0, seen.get(0)[0]);
    assertEquals(174, seen.get(seen.size() - 1)[seen.get(seen.size() - 1).length - 1], "nothing is lost");
  }

  @Test
  void should_respect_the_default_budget_on_a_long_page() {
    String body = IntStream.range(0, 40).mapToObj(p -> words(p * 60, p * 60 + 60)).collect(Collectors.joining("\n\n"));
    List<Chunk> chunks = new Chunker().chunk(doc(body));

    assertTrue(chunks.size() > 3);
    chunks.forEach(c -> assertTrue(COUNTER.count(c.text()) <= Chunker.DEFAULT_MAX_TOKENS));
    chunks.forEach(c -> assertTrue(COUNTER.count(c.text()) > Chunker.DEFAULT_MAX_TOKENS / 2, "chunks are packed"));
  }

  @Test
  void should_keep_the_heading_path_and_start_each_section_afresh() {
    String body = """
        # Returns
        Intro text.

        ## Worn items
        Worn text.

        ### Shoes
        Shoe text.

        ## Refunds
        Refund text.
        """;
    List<Chunk> chunks = new Chunker().chunk(doc(body));

    assertEquals(List.of("Returns", "Returns > Worn items", "Returns > Worn items > Shoes", "Returns > Refunds"),
        chunks.stream().map(Chunk::headingPath).toList());
    assertEquals(List.of("Intro text.", "Worn text.", "Shoe text.", "Refund text."),
        chunks.stream().map(Chunk::text).toList());
  }

  @Test
  void should_keep_small_paragraphs_together_and_describe_each_chunk() {
    List<Chunk> chunks = new Chunker().chunk(doc("First paragraph.\n\nSecond paragraph.\n\n- a list\n- of items"));

    assertEquals(1, chunks.size());
    Chunk chunk = chunks.get(0);
    assertEquals("First paragraph.\n\nSecond paragraph.\n\n- a list\n- of items", chunk.text());
    assertEquals("/docs/test#0", chunk.id());
    assertEquals("/docs/test", chunk.url());
    assertEquals("Test page", chunk.title());
    assertEquals("", chunk.headingPath());
    assertEquals(List.of("product:1"), chunk.tags());
  }

  @Test
  void should_number_chunks_across_sections() {
    String body = "# A\n" + words(0, 100) + "\n# B\n" + words(100, 110);
    List<Chunk> chunks = new Chunker(COUNTER, MAX, OVERLAP).chunk(doc(body));

    assertEquals(IntStream.range(0, chunks.size()).mapToObj(i -> "/docs/test#" + i).toList(),
        chunks.stream().map(Chunk::id).toList());
    Chunk lastOfB = chunks.get(chunks.size() - 1);
    assertEquals("B", lastOfB.headingPath());
    assertEquals(100, indexes(lastOfB.text())[0], "no overlap across sections");
  }

  @Test
  void should_not_take_a_hash_in_a_code_block_for_a_heading() {
    List<Chunk> chunks = new Chunker().chunk(doc("## Setup\n```\n# a comment\n```\nDone."));

    assertEquals(1, chunks.size());
    assertEquals("Setup", chunks.get(0).headingPath());
    assertTrue(chunks.get(0).text().contains("# a comment"));
  }

  @Test
  void should_keep_a_page_with_only_a_title_as_one_chunk() {
    List<Chunk> chunks = new Chunker().chunk(doc("   \n"));

    assertEquals(List.of("Test page"), chunks.stream().map(Chunk::text).toList());
  }

  @Test
  void should_keep_a_word_longer_than_the_budget_whole() {
    String giant = "x".repeat(50);
    List<Chunk> chunks = new Chunker(text -> text.isBlank() ? 0 : text.strip().length(), 20, 5).chunk(doc("ab " + giant + " cd"));

    assertTrue(chunks.stream().anyMatch(c -> c.text().equals(giant)), "the long word is kept whole");
    chunks.forEach(c -> assertTrue(Arrays.stream(c.text().split("\\s+")).allMatch(w -> List.of("ab", giant, "cd").contains(w))));
  }
}
