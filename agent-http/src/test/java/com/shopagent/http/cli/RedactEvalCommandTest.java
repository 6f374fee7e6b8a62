package com.shopagent.http.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class RedactEvalCommandTest {

  @Test
  void should_score_each_type_and_name_the_types_it_ignores() throws Exception {
    Path sample = Paths.get(getClass().getResource("/eval/presidio-sample.json").toURI());
    CliRun r = CliRun.run("", "redact-eval", sample.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ignored (spans): {PERSON=1}"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("EMAIL_ADDRESS") && l.contains("1.00 / 1.00 / 1.00")), r.out());
    // "12 Oak Lane" found (3 of 9 address words), "the old mill by the river" not: recall 1/2 spans, 3/9 tokens
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("STREET_ADDRESS")
        && l.contains("1.00 / 0.33 / 0.50 (n=  9)") && l.contains("1.00 / 0.50 / 0.67 (n=  2)")), r.out());
  }

  @Test
  void should_refuse_a_file_that_is_not_presidio_format() {
    CliRun r = CliRun.run("", "redact-eval", "pom.xml");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("cannot read pom.xml as JSON"), r.err());
  }
}
