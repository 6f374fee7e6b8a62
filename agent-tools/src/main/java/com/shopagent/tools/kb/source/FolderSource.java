package com.shopagent.tools.kb.source;

import com.shopagent.tools.kb.KbDocument;
import com.shopagent.tools.kb.MarkdownFolderSource;
import com.shopagent.tools.kb.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of pages: Markdown with front matter (see {@link MarkdownFolderSource}), HTML (title
 * from the page) and plain text (title from the first line). A page's url is "/docs/" + its path
 * without extension, unless Markdown front matter says otherwise.
 */
final class FolderSource implements KbSource {

  private final Path folder;

  FolderSource(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  @Override
  public String id() {
    return "folder:" + folder;
  }

  @Override
  public MarkdownFolderSource.LoadResult load(FetchListener listener) {
    MarkdownFolderSource.LoadResult markdown = new MarkdownFolderSource(folder).load();
    List<KbDocument> docs = new ArrayList<>(markdown.documents());
    List<SourceProblem> problems = new ArrayList<>(markdown.problems());
    for (Path file : files()) {
      String name = folder.relativize(file).toString();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String url = "/docs/" + name.substring(0, name.lastIndexOf('.')).replace('\\', '/');
        KbDocument doc = name.toLowerCase(Locale.ROOT).endsWith(".txt") ? plain(url, text) : html(url, text, name);
        if (doc.body().isBlank()) {
          problems.add(new SourceProblem(name, "no readable text"));
        } else {
          docs.add(doc);
        }
      } catch (IOException e) {
        problems.add(new SourceProblem(name, "cannot be read as UTF-8 text: " + e.getMessage()));
      }
    }
    return Sites.unique(docs, problems);
  }

  private static KbDocument html(String url, String text, String name) {
    HtmlText.Page page = HtmlText.page(text, "");
    String title = page.title().isBlank() ? name : page.title();
    List<String> tags = page.productId() == null ? List.of() : List.of("product:" + page.productId());
    return KbDocument.of(url, title, tags, PolicyPages.isPolicy(url, title), page.body());
  }

  private static KbDocument plain(String url, String text) {
    String stripped = text.replace("\r\n", "\n").strip();
    int eol = stripped.indexOf('\n');
    String title = eol < 0 ? stripped : stripped.substring(0, eol).strip();
    String body = eol < 0 ? stripped : stripped.substring(eol + 1).strip();
    return KbDocument.of(url, title, List.of(), PolicyPages.isPolicy(url, title), body.isEmpty() ? title : body);
  }

  private List<Path> files() {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(html?|txt)"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list knowledge-base folder " + folder, e);
    }
  }
}
