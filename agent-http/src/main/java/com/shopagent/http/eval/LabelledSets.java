package com.shopagent.http.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.shopagent.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads labelled messages: the Bitext CSV format and our own JSONL. Errors name the file and line. */
public final class LabelledSets {
  private LabelledSets() {}

  /** Bitext's {@code utterance,intent,...} CSV; rows with an intent the mapping does not know are an error. */
  public static List<LabelledMessage> bitext(Path csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<LabelledMessage> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(csv.toFile())) {
      int line = 1;
      while (hasNext(rows, csv, line)) {
        line++;
        Map<String, String> row = rows.next();
        String text = row.get("utterance");
        String intent = row.get("intent");
        if (text == null || intent == null) {
          throw new IOException(csv + ": needs the columns utterance and intent (Bitext format)");
        }
        String where = csv + " line " + line;
        BitextMapping.Target t = BitextMapping.of(intent.trim())
            .orElseThrow(() -> new IOException(where + ": unknown Bitext intent '" + intent + "'"));
        out.add(new LabelledMessage("bitext-" + line, text, t.intents(), t.tier(), t.mustEscalate()));
      }
    }
    return out;
  }

  private static boolean hasNext(MappingIterator<?> rows, Path csv, int line) throws IOException {
    try {
      return rows.hasNext();
    } catch (RuntimeException e) { // Jackson reports a malformed row as an unchecked exception
      throw new IOException(csv + " after line " + line + ": not valid CSV (" + e.getMessage().lines().findFirst()
          .orElse("") + ")");
    }
  }

  /** Lines of {@code {"id", "text", "intent" (a label or a list), "tier", "escalate": "must"|"no"}}. */
  public static List<LabelledMessage> jsonl(Path file) throws IOException {
    List<LabelledMessage> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + " line " + (i + 1);
      JsonNode n = Inputs.parseLine(lines.get(i), where);
      String escalate = required(n, "escalate", where);
      if (!escalate.equals("must") && !escalate.equals("no")) {
        throw new IOException(where + ": escalate must be \"must\" or \"no\"");
      }
      Set<String> intents = new HashSet<>();
      if (n.path("intent").isArray()) {
        n.path("intent").forEach(x -> intents.add(x.asText()));
      } else {
        intents.add(required(n, "intent", where));
      }
      out.add(new LabelledMessage(n.path("id").asText("line-" + (i + 1)), required(n, "text", where), intents,
          required(n, "tier", where), escalate.equals("must")));
    }
    return out;
  }

  private static String required(JsonNode n, String field, String where) throws IOException {
    if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
      throw new IOException(where + ": missing \"" + field + "\"");
    }
    return n.get(field).asText();
  }

  static final class Inputs {
    private Inputs() {}

    static JsonNode parseLine(String line, String where) throws IOException {
      try {
        JsonNode n = Json.MAPPER.readTree(line);
        if (n == null || !n.isObject()) {
          throw new IOException(where + ": not a JSON object");
        }
        return n;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
      }
    }
  }
}
