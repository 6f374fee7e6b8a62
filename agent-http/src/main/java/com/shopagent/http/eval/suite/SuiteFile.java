package com.shopagent.http.eval.suite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates a suite file, so a typo fails before any agent starts. */
public final class SuiteFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SuiteFile() {}

  /** @throws IllegalArgumentException with the file and case named, for the CLI to print */
  public static Suite load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("suite file not found: " + file);
    }
    Suite suite;
    try {
      suite = YAML.readValue(file.toFile(), Suite.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not a valid suite: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
    }
    if (suite == null || suite.cases().isEmpty()) {
      throw new IllegalArgumentException(file + ": no cases");
    }
    Set<String> ids = new HashSet<>();
    for (Suite.Case c : suite.cases()) {
      String where = file + ", case " + c.id();
      if (c.id() == null || !ids.add(c.id())) {
        throw new IllegalArgumentException(where + ": every case needs a unique id");
      }
      if (c.turns().isEmpty()) {
        throw new IllegalArgumentException(where + ": no turns");
      }
      if (!c.guest() && !c.user().matches("\\d{1,12}")) {
        throw new IllegalArgumentException(where + ": user must be guest or a customer id, not " + c.user());
      }
      c.chaos().forEach((what, fault) -> {
        if (what.equals(BrainTap.KEY) ? !fault.matches("down|timeout") : !fault.matches("timeout|error")) {
          throw new IllegalArgumentException(where + ": chaos " + what + " must be "
              + (what.equals(BrainTap.KEY) ? "down or timeout" : "timeout or error") + ", not " + fault);
        }
      });
      Suite.Expect e = c.expect();
      e.says().forEach(r -> regex(where, r));
      e.neverSays().forEach(r -> regex(where, r));
      e.toolsCalled().forEach(t -> t.args().values().forEach(r -> regex(where, r)));
    }
    return new Suite(suite.suite() == null ? file.getFileName().toString() : suite.suite(), suite.cases());
  }

  private static void regex(String where, String r) {
    try {
      Pattern.compile(r);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(where + ": bad regex " + r + ": " + e.getDescription());
    }
  }
}
