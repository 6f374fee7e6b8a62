package com.shopagent.tools.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every *.md file under a folder (recursively) as a {@link KbDocument}. A bad file is
 * reported in {@link LoadResult#problems()} and skipped, so one typo never empties the KB.
 */
public final class MarkdownFolderSource {

  /** The pages that loaded, in path order, and the files that did not. */
  public record LoadResult(List<KbDocument> documents, List<SourceProblem> problems) {
    public LoadResult {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  private final Path folder;

  public MarkdownFolderSource(Path folder) {
    this.folder = folder;
  }

  /** @throws UncheckedIOException only when the folder itself cannot be listed */
  public LoadResult load() {
    List<KbDocument> documents = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    Map<String, String> fileByUrl = new HashMap<>();
    for (Path file : markdownFiles()) {
      String name = folder.relativize(file).toString();
      try {
        KbDocument doc = read(file);
        String earlier = fileByUrl.putIfAbsent(doc.url(), name);
        if (earlier != null) {
          problems.add(new SourceProblem(name, "url " + doc.url() + " is already used by " + earlier));
        } else {
          documents.add(doc);
        }
      } catch (FrontMatter.InvalidException e) {
        problems.add(new SourceProblem(name, e.getMessage()));
      } catch (CharacterCodingException e) {
        problems.add(new SourceProblem(name, "not UTF-8 text"));
      } catch (IOException e) {
        problems.add(new SourceProblem(name, "cannot be read: " + e.getMessage()));
      }
    }
    return new LoadResult(documents, problems);
  }

  private List<Path> markdownFiles() {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list knowledge-base folder " + folder, e);
    }
  }

  private static KbDocument read(Path file) throws IOException, FrontMatter.InvalidException {
    FrontMatter fm = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));
    String url = fm.url() != null ? fm.url() : "/docs/" + baseName(file);
    boolean policy = fm.policy() || fm.tags().contains("policy");
    return KbDocument.of(url, fm.title(), fm.tags(), policy, fm.body());
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }
}
