package com.shopagent.tools.kb;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.Tool;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.core.tooling.ToolSpec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/** {@code read_kb}: searches the shop's public pages; delegates to a {@link KnowledgeBase}. */
public final class ReadKbTool implements Tool {

  public static final String NAME = "read_kb";
  public static final int MAX_QUERY_LENGTH = 500;
  public static final int MAX_TOP_K = 10;

  private static final Pattern POLICY_TOPIC = Pattern.compile(
      "\\b(return\\w*|refund\\w*|warrant\\w*|guarantee\\w*|exchang\\w*|cancel\\w*)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final String SCHEMA = """
      {"type":"object",
       "properties":{
        "query":{"type":"string","minLength":1,"maxLength":500,
                 "description":"The customer's question, in their words"},
        "top_k":{"type":"integer","minimum":1,"maximum":10,"default":5,
                 "description":"How many passages to return"},
        "product":{"type":"string",
                   "description":"Product id (e.g. 1042) when the question is about one product"}},
       "required":["query"],
       "additionalProperties":false}""";

  private static final ToolSpec SPEC = new ToolSpec(
      NAME,
      "Search the shop's help pages, product pages and policies. Returns passages with the url and "
          + "title of their page; cite the urls you use.",
      Identity.READ_KB,
      Duration.ofSeconds(3),
      2,
      Duration.ofMillis(200),
      SCHEMA);

  private final KnowledgeBase kb;
  private final Executor executor;
  private final String contactRoute;

  /**
   * @param executor where the blocking search runs (a dispatcher meant for blocking work)
   * @param contactRoute how to reach a person, e.g. "chat with a person here or email support@shop.example"
   */
  public ReadKbTool(KnowledgeBase kb, Executor executor, String contactRoute) {
    this.kb = kb;
    this.executor = executor;
    this.contactRoute = contactRoute;
  }

  /** Returns, refunds, warranty, exchanges and cancellations are answered from policy pages only. */
  public static boolean needsPolicy(String query) {
    return query != null && POLICY_TOPIC.matcher(query).find();
  }

  @Override
  public ToolSpec spec() {
    return SPEC;
  }

  @Override
  public CompletionStage<ToolOutput> execute(ToolRequest request, ToolContext context) {
    String query = request.arg("query", "").strip();
    int topK;
    try {
      topK = Integer.parseInt(request.arg("top_k", Integer.toString(KnowledgeBase.DEFAULT_TOP_K)).strip());
    } catch (NumberFormatException e) {
      return invalid("top_k must be an integer");
    }
    if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH) {
      return invalid("query must be 1 to " + MAX_QUERY_LENGTH + " characters");
    }
    if (topK < 1 || topK > MAX_TOP_K) {
      return invalid("top_k must be between 1 and " + MAX_TOP_K);
    }
    SearchFilter filter;
    try {
      filter = SearchFilter.of(request.arg("product", null), needsPolicy(query));
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage());
    }
    return CompletableFuture.supplyAsync(
        () -> new ToolOutput.Passages(kb.search(query, topK, filter)), executor);
  }

  @Override
  public CompletionStage<ToolOutput> fallback(ToolRequest request, ToolContext context, String failure) {
    return CompletableFuture.completedFuture(new ToolOutput.Text(
        "The knowledge base is unavailable right now, so I can't look this up in the shop's help pages. "
            + "To get help, " + contactRoute + "."));
  }

  private static CompletionStage<ToolOutput> invalid(String reason) {
    return CompletableFuture.failedFuture(new IllegalArgumentException("read_kb: " + reason));
  }
}
