package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Passage;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadKbToolTest {

  private static final ToolContext CONTEXT = new ToolContext("s1", "t1", Identity.guest("g1"), "k1");
  private static final String CONTACT = "chat with a person here or email support@shop.example";
  private static final Passage SHIPPING = new Passage("We ship in one day.", "/help/shipping", "Shipping", 0.03, false);

  /** Remembers what it was asked and on which thread. */
  private static final class RecordingKb implements KnowledgeBase {
    volatile String query;
    volatile int topK;
    volatile SearchFilter filter;
    volatile String thread;

    @Override
    public Retrieval retrieve(String query, int topK, SearchFilter filter, SearchMode mode) {
      this.query = query;
      this.topK = topK;
      this.filter = filter;
      this.thread = Thread.currentThread().getName();
      return new Retrieval(List.of(SHIPPING), RetrievalSignals.NOTHING);
    }

    @Override
    public long version() {
      return 1;
    }

    @Override
    public IndexStats stats() {
      return new IndexStats(1, 1);
    }

    @Override
    public IngestReport ingest(String source, List<KbDocument> docs, ProgressListener listener) {
      throw new UnsupportedOperationException();
    }
  }

  private final ExecutorService blocking = Executors.newSingleThreadExecutor(r -> new Thread(r, "kb-blocking"));
  private final RecordingKb kb = new RecordingKb();
  private final ReadKbTool tool = new ReadKbTool(kb, blocking, CONTACT);

  @AfterEach
  void stop() {
    blocking.shutdownNow();
  }

  private ToolOutput run(Map<String, String> args) throws Exception {
    return tool.execute(new ToolRequest("r1", ReadKbTool.NAME, args), CONTEXT).toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void should_detect_questions_that_need_a_policy() {
    for (String q : List.of("Can I return this kettle?", "When do I get my REFUND", "Is it under warranty?",
        "Can I exchange it for the steel one?", "please cancel my order", "Returns?")) {
      assertTrue(ReadKbTool.needsPolicy(q), q);
    }
    for (String q : List.of("How long does shipping take?", "Can I turn the beeper off?", "keep water warm",
        "Where is my order?", "")) {
      assertFalse(ReadKbTool.needsPolicy(q), q);
    }
  }

  @Test
  void should_describe_itself_for_the_orchestrator_and_the_model() throws Exception {
    ToolSpec spec = tool.spec();

    assertEquals("read_kb", spec.name());
    assertEquals(Identity.READ_KB, spec.requiredScope());
    assertEquals(Duration.ofSeconds(3), spec.timeout());
    assertEquals(2, spec.attempts());
    assertEquals(Duration.ofMillis(200), spec.backoff());
    JsonNode schema = new ObjectMapper().readTree(spec.jsonSchema());
    assertEquals(500, schema.at("/properties/query/maxLength").asInt());
    assertEquals(1, schema.at("/properties/query/minLength").asInt());
    assertEquals(10, schema.at("/properties/top_k/maximum").asInt());
    assertEquals(5, schema.at("/properties/top_k/default").asInt());
    assertEquals("string", schema.at("/properties/product/type").asText());
    assertEquals("query", schema.at("/required/0").asText());
  }

  @Test
  void should_search_on_the_given_executor_and_return_passages() throws Exception {
    ToolOutput output = run(Map.of("query", "Can I return my kettle?", "product", "1042"));

    assertEquals(new ToolOutput.Passages(List.of(SHIPPING)), output);
    assertEquals("kb-blocking", kb.thread);
    assertNotEquals(Thread.currentThread().getName(), kb.thread);
    assertEquals("Can I return my kettle?", kb.query);
    assertEquals(KnowledgeBase.DEFAULT_TOP_K, kb.topK);
    assertEquals(new SearchFilter("product:1042", true), kb.filter);
  }

  @Test
  void should_pass_top_k_and_no_product_filter_when_none_is_given() throws Exception {
    run(Map.of("query", "shipping costs", "top_k", "3"));

    assertEquals(3, kb.topK);
    assertEquals(SearchFilter.NONE, kb.filter);
  }

  @Test
  void should_reject_arguments_outside_the_schema() {
    for (Map<String, String> args : List.of(Map.of("query", " "), Map.of("query", "x".repeat(501)),
        Map.of("query", "ok", "top_k", "0"), Map.of("query", "ok", "top_k", "11"), Map.of("query", "ok", "top_k", "five"))) {
      ExecutionException failure = assertThrows(ExecutionException.class, () -> run(args), args.toString());
      assertInstanceOf(IllegalArgumentException.class, failure.getCause());
    }
    assertEquals(null, kb.query, "the knowledge base was never asked");
  }

  @Test
  void should_refuse_a_product_argument_that_carries_sql_or_patterns() {
    for (String product : List.of("1042' OR '1'='1", "1042|2077", "product:.*", "10 42", "x".repeat(80))) {
      ExecutionException failure = assertThrows(ExecutionException.class,
          () -> run(Map.of("query", "keep warm", "product", product)), product);
      assertInstanceOf(IllegalArgumentException.class, failure.getCause());
    }
    assertEquals(null, kb.query, "the knowledge base was never asked");
  }

  @Test
  void should_fall_back_to_a_contact_route_when_the_knowledge_base_is_down() throws Exception {
    ToolOutput output = tool.fallback(new ToolRequest("r1", ReadKbTool.NAME, Map.of("query", "q")), CONTEXT, "timeout")
        .toCompletableFuture().get();

    String text = assertInstanceOf(ToolOutput.Text.class, output).text();
    assertTrue(text.contains("knowledge base is unavailable right now"), text);
    assertTrue(text.contains(CONTACT), text);
  }
}
