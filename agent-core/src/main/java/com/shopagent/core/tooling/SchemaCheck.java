package com.shopagent.core.tooling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a tool request's arguments against the tool's JSON schema before anything runs.
 * Arguments travel as strings; each is read as the type its schema property declares, so "abc"
 * for an integer fails here instead of inside the tool.
 */
final class SchemaCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
  private static final Map<String, JsonNode> RAW = new ConcurrentHashMap<>();

  private SchemaCheck() {}

  static Optional<String> check(ToolSpec spec, Map<String, String> arguments) {
    if (spec.jsonSchema() == null || spec.jsonSchema().isBlank() || spec.jsonSchema().equals("{}")) {
      return Optional.empty();
    }
    JsonNode raw = RAW.computeIfAbsent(spec.jsonSchema(), SchemaCheck::parse);
    JsonSchema schema = SCHEMAS.computeIfAbsent(spec.jsonSchema(), s -> FACTORY.getSchema(raw));
    Set<ValidationMessage> errors = schema.validate(typed(raw.path("properties"), arguments));
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("arguments do not match the schema: "
        + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
  }

  private static ObjectNode typed(JsonNode properties, Map<String, String> arguments) {
    ObjectNode node = JSON.createObjectNode();
    arguments.forEach((name, value) -> {
      String type = properties.path(name).path("type").asText("string");
      node.set(name, switch (type) {
        case "integer" -> value.matches("-?\\d{1,18}") ? node.numberNode(Long.parseLong(value)) : node.textNode(value);
        case "number" -> value.matches("-?\\d+(\\.\\d+)?") ? node.numberNode(Double.parseDouble(value)) : node.textNode(value);
        case "boolean" -> value.equals("true") || value.equals("false") ? node.booleanNode(Boolean.parseBoolean(value))
            : node.textNode(value);
        default -> node.textNode(value);
      });
    });
    return node;
  }

  private static JsonNode parse(String schema) {
    try {
      return JSON.readTree(schema);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("tool schema is not JSON", e);
    }
  }
}
