package com.shopagent.core.model;

import com.shopagent.core.CborSerializable;

/** A ticket the agent opened; {@code queued} when the desk was down and it waits in the outbox. */
public record TicketRef(String id, String url, boolean queued) implements CborSerializable {}
