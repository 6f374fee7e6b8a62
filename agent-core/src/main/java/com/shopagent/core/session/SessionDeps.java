package com.shopagent.core.session;

import com.shopagent.core.brain.Brain;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.tooling.ToolRegistry;

/** What every session entity is built with. */
public record SessionDeps(
    Brain brain, ToolRegistry tools, Redactor redactor, Hashing hashing, SessionSettings settings) {}
