package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Passage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental ingest and index lifecycle, as an admin re-syncing the shop's pages would see them. */
class KnowledgeBaseIngestTest {

  private static final int PAGES = 10; // the corpus minus its broken page

  @TempDir Path folder;
  private Path docs;
  private Path index;

  @BeforeEach
  void writeCorpus() {
    docs = ShopCorpus.writeTo(folder.resolve("docs"));
    index = folder.resolve("index");
  }

  private List<KbDocument> load() {
    return new MarkdownFolderSource(docs).load().documents();
  }

  private static boolean anyPassageContains(List<Passage> passages, String text) {
    return passages.stream().anyMatch(p -> p.text().contains(text));
  }

  @Test
  void should_add_every_page_and_report_progress_on_first_ingest() throws Exception {
    List<String> progress = new ArrayList<>();
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.miniLm())) {
      IngestReport report = kb.ingest(load(), (done, total, url) -> progress.add(done + "/" + total));

      assertEquals(new IngestReport(PAGES, 0, 0, 0, report.chunksWritten(), report.chunksWritten()), report);
      assertTrue(report.chunksWritten() > PAGES, "pages with headings give several chunks");
      assertEquals(new IndexStats(PAGES, report.chunksWritten()), kb.stats());
      assertEquals("1/" + PAGES, progress.get(0));
      assertEquals(PAGES + "/" + PAGES, progress.get(PAGES - 1));
    }
  }

  @Test
  void should_skip_everything_when_nothing_changed() throws Exception {
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.miniLm())) {
      IndexStats before = stats(kb.ingest(load(), ProgressListener.NONE), kb);

      IngestReport again = kb.ingest(load(), ProgressListener.NONE);

      assertEquals(new IngestReport(0, 0, PAGES, 0, 0, before.chunks()), again);
      assertEquals(before, kb.stats());
    }
  }

  @Test
  void should_replace_a_changed_page_so_new_text_is_found_and_old_text_is_gone() throws Exception {
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.miniLm())) {
      kb.ingest(load(), ProgressListener.NONE);
      Path shipping = docs.resolve("help/shipping.md");
      Files.writeString(shipping, Files.readString(shipping)
          .replace("Germany, Belgium and the Netherlands: 2-4 working days.",
              "Germany, Belgium and the Netherlands: next-day delivery by courier."));

      IngestReport report = kb.ingest(load(), ProgressListener.NONE);
      List<Passage> passages = kb.search("delivery time to Germany", 5, SearchFilter.NONE);

      assertEquals(1, report.updated());
      assertEquals(PAGES - 1, report.skipped());
      assertEquals(ShopCorpus.SHIPPING_URL, passages.get(0).url());
      assertTrue(passages.get(0).text().contains("next-day delivery by courier"), passages.get(0).text());
      assertFalse(anyPassageContains(passages, "Netherlands: 2-4 working days"));
      assertEquals(PAGES, kb.stats().documents());
    }
  }

  @Test
  void should_remove_a_page_that_is_no_longer_there() throws Exception {
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.miniLm())) {
      kb.ingest(load(), ProgressListener.NONE);
      Files.delete(docs.resolve("help/gift-cards.md"));

      IngestReport report = kb.ingest(load(), ProgressListener.NONE);
      List<Passage> passages = kb.search("How do I check my gift card balance?", 5, SearchFilter.NONE);

      assertEquals(1, report.removed());
      assertEquals(PAGES - 1, kb.stats().documents());
      assertFalse(passages.stream().anyMatch(p -> p.url().equals(ShopCorpus.GIFT_CARDS_URL)));
    }
  }

  @Test
  void should_index_the_good_pages_when_one_page_has_broken_front_matter() throws Exception {
    MarkdownFolderSource.LoadResult loaded = new MarkdownFolderSource(docs).load();
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.miniLm())) {
      kb.ingest(loaded.documents(), ProgressListener.NONE);

      assertEquals(1, loaded.problems().size());
      assertEquals(PAGES, kb.stats().documents());
      assertFalse(anyPassageContains(kb.search("summer sale", 5, SearchFilter.NONE), "forgot to close"));
    }
  }

  @Test
  void should_keep_the_index_across_close_and_reopen() throws Exception {
    IndexStats built;
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.miniLm())) {
      built = stats(kb.ingest(load(), ProgressListener.NONE), kb);
    }
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.miniLm())) {
      assertFalse(kb.rebuiltOnOpen());
      assertEquals(built, kb.stats());
      assertEquals(ShopCorpus.SHIPPING_URL, kb.search("delivery times", 3, SearchFilter.NONE).get(0).url());
      assertEquals(PAGES, kb.ingest(load(), ProgressListener.NONE).skipped());
    }
  }

  @Test
  void should_rebuild_rather_than_mix_vectors_when_the_model_changes() throws Exception {
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.fake("fake-a", 16))) {
      kb.ingest(load(), ProgressListener.NONE);
    }
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.fake("fake-b", 16))) {
      assertTrue(kb.rebuiltOnOpen());
      assertEquals(new IndexStats(0, 0), kb.stats());
      assertEquals(PAGES, kb.ingest(load(), ProgressListener.NONE).added());
    }
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.fake("fake-b", 32))) {
      assertTrue(kb.rebuiltOnOpen(), "a new dimension is a new model too");
    }
  }

  @Test
  void should_leave_the_index_untouched_when_the_model_fails_mid_ingest() throws Exception {
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(index, TestEmbeddings.fake("fake", 16))) {
      kb.ingest(load(), ProgressListener.NONE);
      IndexStats before = kb.stats();
      List<KbDocument> changed = new ArrayList<>(load().subList(1, PAGES));
      changed.add(KbDocument.of("/new", "New", List.of(), false, "new page"));

      assertThrows(IllegalStateException.class, () -> kb.ingest(changed, (done, total, url) -> {
        throw new IllegalStateException("model down");
      }));

      assertEquals(before, kb.stats());
      assertEquals(PAGES, kb.ingest(load(), ProgressListener.NONE).skipped());
    }
  }

  private static IndexStats stats(IngestReport report, KnowledgeBase kb) {
    assertEquals(report.chunksTotal(), kb.stats().chunks());
    return kb.stats();
  }
}
