package com.shopagent.tools.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownFolderSourceTest {

  @TempDir Path folder;

  @Test
  void should_load_every_page_with_its_front_matter_when_files_are_nested() {
    ShopCorpus.writeTo(folder);

    MarkdownFolderSource.LoadResult result = new MarkdownFolderSource(folder).load();

    Map<String, KbDocument> byUrl = byUrl(result.documents());
    assertEquals(10, byUrl.size());
    KbDocument returns = byUrl.get(ShopCorpus.RETURNS_URL);
    assertEquals("Returns and refunds policy", returns.title());
    assertEquals(List.of("policy", "returns"), returns.tags());
    assertTrue(returns.policy());
    assertTrue(returns.body().startsWith("# Returns and refunds"), "body has no front matter");
    assertFalse(byUrl.get(ShopCorpus.SHIPPING_URL).policy());
  }

  @Test
  void should_report_and_skip_a_file_when_its_front_matter_is_broken() {
    ShopCorpus.writeTo(folder);

    MarkdownFolderSource.LoadResult result = new MarkdownFolderSource(folder).load();

    assertEquals(1, result.problems().size());
    SourceProblem problem = result.problems().get(0);
    assertEquals(Path.of("drafts", "broken.md").toString(), problem.file());
    assertTrue(problem.reason().contains("not closed"), problem.reason());
    assertTrue(result.documents().stream().noneMatch(d -> d.title().equals("Summer sale")));
  }

  @Test
  void should_explain_each_kind_of_invalid_front_matter() {
    ShopCorpus.write(folder, "none.md", "# Just a heading\n");
    ShopCorpus.write(folder, "yaml.md", "---\ntitle: [unclosed\n---\nbody\n");
    ShopCorpus.write(folder, "notitle.md", "---\nurl: /x\n---\nbody\n");
    ShopCorpus.write(folder, "scalar.md", "---\njust text\n---\nbody\n");
    ShopCorpus.write(folder, "policy.md", "---\ntitle: T\npolicy: maybe\n---\nbody\n");

    Map<String, String> reasons = new MarkdownFolderSource(folder).load().problems().stream()
        .collect(Collectors.toMap(SourceProblem::file, SourceProblem::reason));

    assertEquals(5, reasons.size());
    assertTrue(reasons.get("none.md").contains("must start with"));
    assertTrue(reasons.get("yaml.md").contains("not valid YAML"));
    assertTrue(reasons.get("notitle.md").contains("no 'title'"));
    assertTrue(reasons.get("scalar.md").contains("mapping"));
    assertTrue(reasons.get("policy.md").contains("'policy'"));
  }

  @Test
  void should_derive_the_url_from_the_file_name_when_url_is_missing() {
    ShopCorpus.writeTo(folder);

    Map<String, KbDocument> byUrl = byUrl(new MarkdownFolderSource(folder).load().documents());

    assertEquals("Contact us", byUrl.get("/docs/contact").title());
  }

  @Test
  void should_treat_a_policy_tag_as_a_policy_page_and_accept_windows_line_endings() {
    ShopCorpus.write(folder, "terms.md", "---\r\ntitle: Terms\r\ntags: policy, legal\r\n---\r\nText\r\n");

    KbDocument doc = new MarkdownFolderSource(folder).load().documents().get(0);

    assertTrue(doc.policy());
    assertEquals(List.of("policy", "legal"), doc.tags());
    assertEquals("Text", doc.body());
  }

  @Test
  void should_report_the_second_file_when_two_files_claim_the_same_url() {
    ShopCorpus.write(folder, "a.md", "---\ntitle: A\nurl: /same\n---\nA\n");
    ShopCorpus.write(folder, "b.md", "---\ntitle: B\nurl: /same\n---\nB\n");

    MarkdownFolderSource.LoadResult result = new MarkdownFolderSource(folder).load();

    assertEquals(List.of("A"), result.documents().stream().map(KbDocument::title).toList());
    assertEquals("b.md", result.problems().get(0).file());
  }

  @Test
  void should_change_the_content_hash_only_when_the_page_changes() throws IOException {
    ShopCorpus.write(folder, "a.md", "---\ntitle: A\n---\nFirst text\n");
    String before = new MarkdownFolderSource(folder).load().documents().get(0).contentHash();
    String again = new MarkdownFolderSource(folder).load().documents().get(0).contentHash();
    Files.writeString(folder.resolve("a.md"), "---\ntitle: A\n---\nSecond text\n");
    String after = new MarkdownFolderSource(folder).load().documents().get(0).contentHash();

    assertEquals(before, again);
    assertNotEquals(before, after);
  }

  private static Map<String, KbDocument> byUrl(List<KbDocument> docs) {
    return docs.stream().collect(Collectors.toMap(KbDocument::url, Function.identity()));
  }
}
