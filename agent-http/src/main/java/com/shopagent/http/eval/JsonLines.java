package com.shopagent.http.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code {"id","text"[,"label","category"]}} objects, one a line; blank lines are skipped. */
public final class JsonLines {
  private JsonLines() {}

  public static List<TextRecord> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInput("cannot read " + file + ": " + e.getMessage());
    }
    List<TextRecord> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(parse(file, i + 1, lines.get(i)));
      }
    }
    return List.copyOf(out);
  }

  private static TextRecord parse(Path file, int lineNo, String line) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new BadInput(file + " line " + lineNo + ": not a JSON object");
    }
    if (node == null || !node.isObject() || !node.path("text").isTextual()) {
      throw new BadInput(file + " line " + lineNo + ": needs a string field \"text\"");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : String.valueOf(lineNo);
    String label = node.hasNonNull("label") ? node.get("label").asText() : null;
    String category = node.hasNonNull("category") ? node.get("category").asText() : null;
    return new TextRecord(id, node.get("text").asText(), label, category);
  }
}
