package com.shopagent.http.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Standard input as text, without the trailing newline a shell pipe adds. */
final class StdIn {
  private StdIn() {}

  static String readAll() throws IOException {
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }
}
