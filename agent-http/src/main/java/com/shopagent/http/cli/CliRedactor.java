package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redaction;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.Json;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A redactor for one CLI run (a random fingerprint key: tokens mean nothing outside the run). */
final class CliRedactor {
  private CliRedactor() {}

  static Redactor create() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new Redactor(new Hashing(HexFormat.of().formatHex(key)));
  }

  /** Spans as {@code {"entity_type","start","end"}} with code-point offsets, as Python slices text. */
  static ArrayNode spans(String text, Redaction redaction) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Redaction.Span s : redaction.spans()) {
      out.addObject()
          .put("entity_type", s.type())
          .put("start", text.codePointCount(0, s.start()))
          .put("end", text.codePointCount(0, s.end()));
    }
    return out;
  }
}
