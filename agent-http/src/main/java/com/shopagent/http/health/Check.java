package com.shopagent.http.health;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One readiness check. The probe completes normally when healthy and fails with a short reason
 * otherwise. A non-critical check is reported but keeps the node ready: the audit trail waits in
 * the journal during a Kafka outage, and taking every node out of the load balancer for it
 * would stop the chats it is meant to record.
 */
public record Check(String name, boolean critical, Supplier<CompletionStage<?>> probe) {}
