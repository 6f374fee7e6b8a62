package com.shopagent.core.session;

import com.shopagent.core.brain.Brain;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.tooling.ToolRegistry;

/** What every session entity is built with. */
public record SessionDeps(
    Brain brain, ToolRegistry tools, Redactor redactor, Hashing hashing, SessionSettings settings,
    com.shopagent.core.policy.Guards guards) {

  /** With the default guards and no confidential prompt text (the offline brain has none). */
  public SessionDeps(Brain brain, ToolRegistry tools, Redactor redactor, Hashing hashing, SessionSettings settings,
      java.util.List<String> publicTexts) {
    this(brain, tools, redactor, hashing, settings,
        com.shopagent.core.policy.Guards.defaults(redactor, java.util.List.of(), publicTexts));
  }
}
