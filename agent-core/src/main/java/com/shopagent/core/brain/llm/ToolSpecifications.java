package com.shopagent.core.brain.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.tooling.ToolSpec;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Our tools' JSON schemas as LangChain4j tool specifications (flat objects of scalar properties). */
final class ToolSpecifications {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ToolSpecifications() {}

  static ToolSpecification of(ToolSpec spec) {
    JsonObjectSchema.Builder params = JsonObjectSchema.builder();
    try {
      JsonNode schema = JSON.readTree(spec.jsonSchema());
      Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
      while (props.hasNext()) {
        Map.Entry<String, JsonNode> p = props.next();
        String description = p.getValue().path("description").asText(null);
        JsonNode enumValues = p.getValue().path("enum");
        if (enumValues.isArray()) {
          List<String> values = new ArrayList<>();
          enumValues.forEach(v -> values.add(v.asText()));
          params.addEnumProperty(p.getKey(), values, description);
          continue;
        }
        switch (p.getValue().path("type").asText("string")) {
          case "integer" -> params.addIntegerProperty(p.getKey(), description);
          case "number" -> params.addNumberProperty(p.getKey(), description);
          case "boolean" -> params.addBooleanProperty(p.getKey(), description);
          default -> params.addStringProperty(p.getKey(), description);
        }
      }
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      params.required(required).additionalProperties(false);
    } catch (IOException e) {
      throw new IllegalArgumentException("tool " + spec.name() + " has a schema that is not JSON", e);
    }
    return ToolSpecification.builder().name(spec.name()).description(spec.description()).parameters(params.build()).build();
  }
}
