package com.shopagent.core.policy;

/**
 * A model that scores how likely a message is an injection or jailbreak attempt (for example a
 * fine-tuned classifier behind an HTTP endpoint, or the configured LLM asked a yes/no question).
 * Implementations may block on I/O: callers run the guard off actor threads when one is set.
 */
@FunctionalInterface
public interface InjectionClassifier {
  /** A probability in [0, 1] that the redacted text is an attack. */
  double attackProbability(String redactedText);
}
