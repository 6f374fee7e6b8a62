package com.shopagent.core.session;

import com.shopagent.core.CborSerializable;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.Usage;

/**
 * A message the session has answered, by the id the client gave it, so a resent message gets
 * the same reply instead of a second turn (a second ticket, a second email).
 */
public record Answered(String clientMessageId, String turnId, Reply reply, Usage usage, double costUsd)
    implements CborSerializable {}
