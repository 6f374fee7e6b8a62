package com.shopagent.core.tooling;

import java.time.Duration;

/**
 * What the orchestrator needs to know to run a tool safely.
 *
 * @param timeout the whole budget of one call, retries included
 * @param attempts how many times it is tried before the fallback runs
 * @param backoff the first pause between attempts; it doubles each time
 * @param jsonSchema JSON schema of the arguments, as given to a model
 */
public record ToolSpec(
    String name,
    String description,
    String requiredScope,
    Duration timeout,
    int attempts,
    Duration backoff,
    String jsonSchema) {}
