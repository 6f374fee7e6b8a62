package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.core.policy.GuardVerdict;
import com.shopagent.core.policy.PromptGuard;
import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.http.Json;

/** The guard as the agent runs it: the message is redacted first, then checked. */
final class CliGuard {
  private final Redactor redactor = CliRedactor.create();
  private final PromptGuard guard = PromptGuard.defaults();

  GuardVerdict check(String text) {
    return guard.check(redactor.redact(text, PiiTokens.EMPTY).text());
  }

  static ObjectNode json(String id, GuardVerdict v) {
    ObjectNode out = Json.MAPPER.createObjectNode().put("id", id).put("verdict", v.verdict().json());
    v.reasons().forEach(out.putArray("reasons")::add);
    if (!out.has("reasons")) {
      out.putArray("reasons");
    }
    if (v.layer() != null) {
      out.put("layer", v.layer());
    }
    if (v.score() != null) {
      out.put("score", Math.round(v.score() * 10000) / 10000.0);
    }
    return out;
  }
}
