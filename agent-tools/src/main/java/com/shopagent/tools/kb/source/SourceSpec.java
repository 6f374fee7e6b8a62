package com.shopagent.tools.kb.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads a source as written on the command line: a folder, a URL list file, a sitemap URL, wordpress: or woocommerce:. */
public final class SourceSpec {

  private SourceSpec() {}

  /** @throws IllegalArgumentException with a message for the user when the spec names nothing usable */
  public static KbSource parse(String spec, Path home, WebSource.Settings web) {
    String lower = spec.toLowerCase(Locale.ROOT);
    if (lower.startsWith("wordpress:")) {
      return new WordPressSource(uri(spec.substring("wordpress:".length())), web.timeout());
    }
    if (lower.startsWith("woocommerce:")) {
      return new StoreApiSource(uri(spec.substring("woocommerce:".length())), web.timeout());
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      URI uri = uri(spec);
      return uri.getPath() != null && uri.getPath().toLowerCase(Locale.ROOT).endsWith(".xml")
          ? WebSource.sitemap(uri, web) : WebSource.urls("url:" + uri, List.of(uri), web);
    }
    Path path = home.resolve(spec).normalize();
    if (Files.isDirectory(path)) {
      return KbSource.folder(path);
    }
    if (Files.isRegularFile(path)) {
      return WebSource.urls("urls:" + path, urlList(path), web);
    }
    throw new IllegalArgumentException("no such folder or file, and not an http(s), wordpress: or woocommerce: address");
  }

  private static List<URI> urlList(Path file) {
    try {
      List<URI> urls = Files.readAllLines(file).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(SourceSpec::uri).toList();
      if (urls.isEmpty()) {
        throw new IllegalArgumentException("the file lists no URLs");
      }
      return urls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text.strip());
      Sites.root(uri);
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a valid address: " + text);
    }
  }
}
