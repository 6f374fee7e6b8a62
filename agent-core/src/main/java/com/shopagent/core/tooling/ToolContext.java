package com.shopagent.core.tooling;

import com.shopagent.core.model.Identity;

/** Who a tool runs for; {@code idempotencyKey} is stable across retries of one request. */
public record ToolContext(String sessionId, String turnId, Identity identity, String idempotencyKey) {}
