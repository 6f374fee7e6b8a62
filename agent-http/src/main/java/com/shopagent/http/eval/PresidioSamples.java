package com.shopagent.http.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Presidio-research's generated sample format: a JSON array of {@code {"full_text", "spans":
 * [{"entity_type", "entity_value", "start_position", "end_position"}]}}.
 */
public final class PresidioSamples {
  /** One sentence and its gold spans (Presidio's type names as written in the file). */
  public record Sample(String text, List<SpanScores.Labelled> gold) {}

  private PresidioSamples() {}

  public static List<Sample> read(Path file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new BadInput("cannot read " + file + " as JSON: " + e.getMessage());
    }
    if (root == null || !root.isArray()) {
      throw new BadInput(file + ": expected a JSON array of {full_text, spans} objects");
    }
    List<Sample> out = new ArrayList<>();
    for (JsonNode s : root) {
      if (!s.path("full_text").isTextual() || !s.path("spans").isArray()) {
        throw new BadInput(file + " item " + out.size() + ": needs \"full_text\" and \"spans\"");
      }
      List<SpanScores.Labelled> gold = new ArrayList<>();
      for (JsonNode sp : s.get("spans")) {
        gold.add(new SpanScores.Labelled(sp.path("entity_type").asText(),
            sp.path("start_position").asInt(), sp.path("end_position").asInt()));
      }
      out.add(new Sample(s.get("full_text").asText(), List.copyOf(gold)));
    }
    return List.copyOf(out);
  }
}
