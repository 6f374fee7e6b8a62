package com.shopagent.tools.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The JSON a task row carries: a flat map of strings, read back by the kind's handler. */
public final class TaskPayloads {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TaskPayloads() {}

  public static String write(Map<String, String> fields) {
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("task payload not serializable", e);
    }
  }

  public static Map<String, String> read(String json) {
    try {
      return Map.copyOf(MAPPER.readerForMapOf(String.class).readValue(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("task payload is not a JSON object of strings", e);
    }
  }
}
