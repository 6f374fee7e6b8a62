package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Passage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a customer would notice, on the shop corpus with the real MiniLM model. */
class KnowledgeBaseSearchTest {

  @TempDir static Path folder;
  private static LuceneKnowledgeBase kb;

  @BeforeAll
  static void buildIndex() throws Exception {
    Path docs = ShopCorpus.writeTo(folder.resolve("docs"));
    kb = LuceneKnowledgeBase.open(folder.resolve("index"), TestEmbeddings.miniLm());
    kb.ingest(new MarkdownFolderSource(docs).load().documents(), ProgressListener.NONE);
  }

  @AfterAll
  static void close() throws Exception {
    kb.close();
  }

  private static List<String> urls(List<Passage> passages) {
    return passages.stream().map(Passage::url).toList();
  }

  @Test
  void should_answer_a_shipping_question_with_the_shipping_page_first() {
    List<Passage> passages = kb.search("How long does delivery to Germany take?", 5, SearchFilter.NONE);

    Passage first = passages.get(0);
    assertEquals(ShopCorpus.SHIPPING_URL, first.url());
    assertEquals("Shipping and delivery", first.title());
    assertTrue(first.text().contains("Germany"), first.text());
    assertTrue(first.score() > 0);
  }

  @Test
  void should_return_at_most_top_k_passages_one_per_page_best_first() {
    List<Passage> passages = kb.search("kettle", 4, SearchFilter.NONE);

    assertEquals(4, passages.size());
    assertEquals(passages.size(), urls(passages).stream().distinct().count());
    for (int i = 1; i < passages.size(); i++) {
      assertTrue(passages.get(i - 1).score() >= passages.get(i).score());
    }
  }

  @Test
  void should_include_a_policy_passage_when_a_returns_question_is_asked() {
    String question = "Can I return a kettle I have already used?";
    for (int topK = 1; topK <= 5; topK++) {
      List<Passage> passages = kb.search(question, topK, SearchFilter.of(null, ReadKbTool.needsPolicy(question)));

      assertTrue(passages.stream().anyMatch(Passage::policy), "topK=" + topK + ": " + urls(passages));
    }
  }

  @Test
  void should_force_the_best_policy_in_as_last_result_when_none_ranks_on_its_own() {
    String question = "How do I descale my kettle with vinegar?";
    List<Passage> plain = kb.search(question, 2, SearchFilter.NONE);
    List<Passage> forced = kb.search(question, 2, new SearchFilter(null, true));

    assertTrue(plain.stream().noneMatch(Passage::policy), "precondition: " + urls(plain));
    assertEquals(plain.get(0), forced.get(0));
    assertTrue(forced.get(1).policy(), urls(forced).toString());
    assertEquals(2, forced.size());
  }

  @Test
  void should_cite_only_that_products_page_when_the_question_is_scoped_to_a_product() {
    String question = "How long does the keep warm function keep my water hot?";
    List<Passage> unscoped = kb.search(question, 5, SearchFilter.NONE);
    List<Passage> scoped = kb.search(question, 5, SearchFilter.of("1042", false));

    assertTrue(urls(unscoped).contains(ShopCorpus.BOREALIS_URL), "precondition: both kettles match " + urls(unscoped));
    assertEquals(ShopCorpus.AURORA_URL, scoped.get(0).url());
    assertTrue(scoped.get(0).text().contains("30 minutes"), scoped.get(0).text());
    assertFalse(urls(scoped).contains(ShopCorpus.BOREALIS_URL), urls(scoped).toString());
  }

  @Test
  void should_still_offer_general_pages_when_scoped_to_a_product() {
    List<Passage> passages = kb.search("How much does shipping cost?", 5, SearchFilter.of(ShopCorpus.AURORA_TAG, false));

    assertEquals(ShopCorpus.AURORA_URL, passages.get(0).url(), "the product's page ranks first");
    assertTrue(urls(passages).contains(ShopCorpus.SHIPPING_URL), urls(passages).toString());
    assertFalse(urls(passages).contains(ShopCorpus.BOREALIS_URL));
  }

  @Test
  void should_serve_concurrent_searches_from_several_threads() throws Exception {
    List<String> questions = List.of("How long does delivery to Germany take?", "reset my password",
        "gift card balance", "Which payment methods do you accept?");
    List<String> expected = List.of(ShopCorpus.SHIPPING_URL, "/help/account", ShopCorpus.GIFT_CARDS_URL, "/help/payment");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int q = i % questions.size();
        results.add(pool.submit(() -> kb.search(questions.get(q), 3, SearchFilter.NONE).get(0).url().equals(expected.get(q))));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
