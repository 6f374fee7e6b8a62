package com.shopagent.tools.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits a page into chunks: by heading first, then by paragraph, then (for an oversized
 * paragraph) between words. Consecutive chunks of one section share up to {@code overlapTokens}
 * so a sentence cut at a boundary is still whole in one of them.
 */
public final class Chunker {

  public static final int DEFAULT_MAX_TOKENS = 500;
  public static final int DEFAULT_OVERLAP_TOKENS = 50;

  private final TokenCounter counter;
  private final int maxTokens;
  private final int overlapTokens;

  /** Word-count estimate; {@link #forMiniLm()} counts with the model's own tokenizer. */
  public Chunker() {
    this(TokenCounter.approximate(), DEFAULT_MAX_TOKENS, DEFAULT_OVERLAP_TOKENS);
  }

  /**
   * The default for the in-process model: up to 500 MiniLM word pieces (the low end of the design's
   * 500–800, because MiniLM reads at most 510 per pass and LangChain4j averages the passes of a
   * longer text, which blurs it) with 50 of overlap.
   */
  public static Chunker forMiniLm() {
    return new Chunker(MiniLmTokenCounter.load(), DEFAULT_MAX_TOKENS, DEFAULT_OVERLAP_TOKENS);
  }

  /** How chunks are cut; an index built with another signature is rebuilt. */
  public String signature() {
    return counter.name() + "/" + maxTokens + "/" + overlapTokens;
  }

  public Chunker(TokenCounter counter, int maxTokens, int overlapTokens) {
    if (maxTokens < 1 || overlapTokens < 0 || overlapTokens >= maxTokens) {
      throw new IllegalArgumentException("need 0 <= overlap < max, got " + overlapTokens + "/" + maxTokens);
    }
    this.counter = counter;
    this.maxTokens = maxTokens;
    this.overlapTokens = overlapTokens;
  }

  public List<Chunk> chunk(KbDocument doc) {
    List<Chunk> chunks = new ArrayList<>();
    for (MarkdownSections.Section section : MarkdownSections.split(doc.body())) {
      for (String text : pack(section.text())) {
        chunks.add(chunk(doc, chunks.size(), section.headingPath(), text));
      }
    }
    if (chunks.isEmpty()) {
      // A page with only a title still exists for search and for incremental ingest.
      chunks.add(chunk(doc, 0, "", doc.title()));
    }
    return chunks;
  }

  private static Chunk chunk(KbDocument doc, int index, String headingPath, String text) {
    return new Chunk(doc.url() + "#" + index, doc.url(), doc.title(), headingPath, text, doc.tags(), doc.policy());
  }

  /** Greedy packing of paragraphs; {@code fresh} means the current chunk holds only overlap. */
  List<String> pack(String sectionText) {
    List<String> out = new ArrayList<>();
    String current = "";
    boolean fresh = true;
    for (String paragraph : sectionText.split("\\n\\s*\\n")) {
      WordSpans rest = WordSpans.of(paragraph);
      while (!rest.isEmpty()) {
        String candidate = join(current, rest.all(), fresh);
        if (fits(candidate)) {
          current = candidate;
          fresh = false;
          break;
        }
        if (!fresh) {
          out.add(current);
          current = tail(current);
          fresh = true;
          continue;
        }
        String base = current;
        WordSpans words = rest;
        int take = largest(0, rest.size(), k -> fits(join(base, words.prefix(k), true)));
        if (take == 0 && !current.isEmpty()) {
          current = ""; // the overlap leaves no room for even one word
          continue;
        }
        take = Math.max(take, 1); // a single word longer than the budget is kept whole
        current = join(current, rest.prefix(take), true);
        fresh = false;
        rest = rest.dropFirst(take);
      }
    }
    if (!fresh) {
      out.add(current);
    }
    return out;
  }

  private String tail(String chunk) {
    if (overlapTokens == 0) {
      return "";
    }
    WordSpans words = WordSpans.of(chunk);
    // the longest suffix within the overlap budget: count words from the end
    int keep = largest(0, words.size(), k -> counter.count(words.suffixFrom(words.size() - k)) <= overlapTokens);
    return words.suffixFrom(words.size() - keep);
  }

  private boolean fits(String text) {
    return counter.count(text) <= maxTokens;
  }

  /** Overlap continues mid-thought, so it is joined by a space; whole paragraphs by a blank line. */
  private static String join(String current, String next, boolean fresh) {
    if (current.isEmpty()) {
      return next;
    }
    return current + (fresh ? " " : "\n\n") + next;
  }

  /** Largest k in [lo, hi] with ok(k), given ok is true at lo and monotone (true then false). */
  private static int largest(int lo, int hi, IntPredicate ok) {
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (ok.test(mid)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
