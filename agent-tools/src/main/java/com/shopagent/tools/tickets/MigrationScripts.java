package com.shopagent.tools.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds {@code V<n>__<name>.sql} files in a classpath folder, from a directory or a jar. */
final class MigrationScripts {
  private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

  record Script(int version, String fileName, String sql) {}

  private MigrationScripts() {}

  static List<Script> find(ClassLoader loader, String location) {
    TreeMap<Integer, String> files = new TreeMap<>();
    try {
      for (URL url : Collections.list(loader.getResources(location))) {
        for (String fileName : list(url, location)) {
          Matcher m = NAME.matcher(fileName);
          if (!m.matches()) {
            continue;
          }
          String previous = files.put(Integer.parseInt(m.group(1)), fileName);
          if (previous != null && !previous.equals(fileName)) {
            throw new IllegalStateException("two migrations share a version: " + fileName);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no migrations found under " + location);
    }
    List<Script> scripts = new ArrayList<>();
    files.forEach((version, name) -> scripts.add(new Script(version, name, read(loader, location + "/" + name))));
    scripts.sort(Comparator.comparingInt(Script::version));
    return List.copyOf(scripts);
  }

  private static List<String> list(URL folder, String location) throws IOException {
    switch (folder.getProtocol()) {
      case "file":
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
          return files.map(p -> p.getFileName().toString()).toList();
        } catch (URISyntaxException e) {
          throw new IOException(e);
        }
      case "jar":
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        connection.setUseCaches(false);
        String prefix = location.endsWith("/") ? location : location + "/";
        try (var jar = connection.getJarFile()) {
          return jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
              .map(n -> n.substring(prefix.length()))
              .toList();
        }
      default:
        throw new IOException("cannot list migrations in " + folder.getProtocol() + " resources");
    }
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Statements end with ';' at the end of a line; '--' lines are comments. No procedural blocks. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
