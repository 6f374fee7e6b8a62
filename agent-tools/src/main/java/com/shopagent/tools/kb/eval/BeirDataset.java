package com.shopagent.tools.kb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.tools.kb.KbDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval benchmark in BEIR's layout: corpus.jsonl ({@code _id, title, text}), queries.jsonl
 * ({@code _id, text}) and qrels/SPLIT.tsv (a header, then {@code query-id corpus-id score}). Only
 * queries with judgements in the split are kept; a corpus document becomes one page whose url is
 * its id, so chunk hits map back to documents.
 */
public record BeirDataset(List<KbDocument> corpus, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {

  /** A file is missing or not in the expected format; the message says which line. */
  public static final class FormatException extends IOException {
    FormatException(String message) {
      super(message);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public BeirDataset {
    corpus = List.copyOf(corpus);
    queries = Map.copyOf(queries);
    qrels = Map.copyOf(qrels);
  }

  public static BeirDataset load(Path dir, String split) throws IOException {
    Map<String, Map<String, Integer>> qrels = readQrels(dir.resolve("qrels").resolve(split + ".tsv"));
    Map<String, String> queries = new LinkedHashMap<>();
    forEachJson(dir.resolve("queries.jsonl"), (node, where) -> {
      String id = text(node, "_id", where);
      if (qrels.containsKey(id)) {
        queries.put(id, text(node, "text", where));
      }
    });
    List<KbDocument> corpus = new ArrayList<>();
    forEachJson(dir.resolve("corpus.jsonl"), (node, where) -> corpus.add(KbDocument.of(
        text(node, "_id", where), node.path("title").asText(""), List.of(), false, text(node, "text", where))));
    Map<String, Map<String, Integer>> judged = new HashMap<>(qrels);
    judged.keySet().retainAll(queries.keySet());
    if (judged.isEmpty()) {
      throw new FormatException("no query of qrels/" + split + ".tsv is in queries.jsonl");
    }
    return new BeirDataset(corpus, queries, judged);
  }

  private interface JsonLine {
    void accept(JsonNode node, String where) throws FormatException;
  }

  private static void forEachJson(Path file, JsonLine consumer) throws IOException {
    requireFile(file);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = file.getFileName() + " line " + n;
        try {
          consumer.accept(JSON.readTree(line), where);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new FormatException(where + " is not JSON: " + e.getOriginalMessage());
        }
      }
    }
  }

  private static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
    requireFile(file);
    Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) { // line 0 is the header
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cols = lines.get(i).split("\t");
      try {
        qrels.computeIfAbsent(cols[0], q -> new HashMap<>()).put(cols[1], Integer.parseInt(cols[2].strip()));
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new FormatException(file.getFileName() + " line " + (i + 1) + " is not 'query-id<TAB>corpus-id<TAB>score'");
      }
    }
    return qrels;
  }

  private static String text(JsonNode node, String field, String where) throws FormatException {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode()) {
      throw new FormatException(where + " has no '" + field + "'");
    }
    return value.asText();
  }

  private static void requireFile(Path file) throws FormatException {
    if (!Files.isRegularFile(file)) {
      throw new FormatException(file + " is missing");
    }
  }
}
