package com.shopagent.http.cli;

import com.shopagent.core.brain.routing.IntentRouter;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.PolicyEvaluator;
import com.shopagent.core.policy.EscalationPolicy;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Shared by {@code route} and {@code route-eval}: which policy file to apply, and the redaction
 * every message gets first, exactly as in a live session (the brain only ever sees redacted text).
 */
final class RoutingOptions {
  static final int BATCH = 64;

  @Option(names = "--policy", description = "Policy file (default: $AGENT_HOME/config/policies.yaml, else the built-in one).")
  Path policy;

  @Option(names = "--embeddings-only", description = "Route without the rules (to measure the embeddings alone).")
  boolean embeddingsOnly;

  private Redactor redactor;

  EscalationPolicy loadPolicy() {
    if (policy != null) {
      if (!Files.isRegularFile(policy)) {
        throw new CliInputException("No policy file at " + policy);
      }
      return EscalationPolicy.load(policy);
    }
    Path home = Path.of(System.getenv().getOrDefault("AGENT_HOME", "."));
    Path file = home.resolve("config/policies.yaml");
    return Files.isRegularFile(file) ? EscalationPolicy.load(file) : EscalationPolicy.defaults();
  }

  Triage triage() {
    EscalationPolicy p = loadPolicy();
    return embeddingsOnly ? new Triage(IntentRouter.embeddingsOnly(p), new PolicyEvaluator(p)) : Triage.create(p);
  }

  /** Redacted like a session's text; the key is random per run, so the tokens mean nothing outside it. */
  List<String> redacted(List<String> texts) {
    if (redactor == null) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      redactor = new Redactor(new Hashing(HexFormat.of().formatHex(key)));
    }
    List<String> out = new ArrayList<>(texts.size());
    texts.forEach(t -> out.add(redactor.redact(t, com.shopagent.core.privacy.PiiTokens.EMPTY).text()));
    return out;
  }

  /** Assesses in batches, reporting progress on stderr for long inputs. */
  List<Triage.Result> assess(java.io.PrintWriter progress, Triage triage, List<String> texts) {
    List<Triage.Result> out = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += BATCH) {
      out.addAll(triage.assessAll(redacted(texts.subList(from, Math.min(texts.size(), from + BATCH)))));
      if (texts.size() > BATCH) {
        progress.printf("\rrouted %d/%d", out.size(), texts.size());
        progress.flush();
      }
    }
    if (texts.size() > BATCH) {
      progress.println();
    }
    return out;
  }
}
