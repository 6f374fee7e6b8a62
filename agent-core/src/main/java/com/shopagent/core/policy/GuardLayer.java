package com.shopagent.core.policy;

import java.util.List;

/**
 * One check of a {@link PromptGuard}: the reasons it would block the (already redacted) text for,
 * empty when it sees nothing wrong. Pattern layers are cheap and run first; a model-backed layer
 * ({@link ClassifierLayer}) may call out over the network, so it only runs when they pass.
 */
public interface GuardLayer {
  List<String> reasons(String redactedText);
}
