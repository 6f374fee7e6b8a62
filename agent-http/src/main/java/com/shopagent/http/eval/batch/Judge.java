package com.shopagent.http.eval.batch;

import java.util.List;

/**
 * Who decides what each turn of an audited conversation needed: the deterministic reference, or
 * a judge model when one is configured.
 */
public interface Judge {
  /** What the turn needed, and the judge's own findings (empty when it found nothing wrong). */
  record Verdict(Rubric.Expected expected, List<String> findings) {
    public Verdict {
      findings = List.copyOf(findings);
    }
  }

  /** One verdict per turn, in order. */
  List<Verdict> judge(Conversation conversation);

  String name();

  /** The offline reference: the policy's triage of each (redacted) message, no findings of its own. */
  static Judge reference(Rubric rubric) {
    return new Judge() {
      @Override
      public List<Verdict> judge(Conversation c) {
        return c.turns().stream().map(t -> new Verdict(rubric.expected(t), List.of())).toList();
      }

      @Override
      public String name() {
        return "deterministic checks against the policy's triage";
      }
    };
  }
}
