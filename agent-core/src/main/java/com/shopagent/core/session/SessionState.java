package com.shopagent.core.session;

import com.shopagent.core.EncryptedSerializable;
import com.shopagent.core.privacy.PiiTokens;
import java.util.ArrayList;
import java.util.List;
import com.shopagent.core.brain.Usage;

/**
 * What a session remembers across restarts: its owner, the last {@value #MAX_TURNS} turns
 * (redacted), the PII token map and the replies to the last {@value #MAX_ANSWERED} client message ids.
 */
public record SessionState(String ownerHash, List<Turn> turns, int turnCount, PiiTokens pii, Usage spent,
    double spentUsd, List<Answered> answered) implements EncryptedSerializable {
  public static final int MAX_TURNS = 10;
  /** Far more than a widget ever has unanswered; a client resends within minutes, not days. */
  public static final int MAX_ANSWERED = 50;
  public static final SessionState EMPTY = new SessionState(null, List.of(), 0, PiiTokens.EMPTY, Usage.NONE, 0, List.of());

  public SessionState {
    turns = List.copyOf(turns);
    spent = spent == null ? Usage.NONE : spent; // snapshots taken before spend was tracked
    answered = answered == null ? List.of() : List.copyOf(answered); // snapshots taken before idempotency
  }

  /** The earlier reply to this client message id, if the session answered it. */
  public java.util.Optional<Answered> answered(String clientMessageId) {
    if (clientMessageId == null || clientMessageId.isBlank()) {
      return java.util.Optional.empty();
    }
    return answered.stream().filter(a -> a.clientMessageId().equals(clientMessageId)).findFirst();
  }

  public boolean isOwnedBy(String userHash) {
    return ownerHash != null && ownerHash.equals(userHash);
  }

  public SessionState apply(SessionEvent event) {
    if (event instanceof SessionEvent.Opened o) {
      return new SessionState(o.userHash(), turns, turnCount, pii, spent, spentUsd, answered);
    }
    SessionEvent.TurnRecorded t = (SessionEvent.TurnRecorded) event;
    List<Turn> kept = new ArrayList<>(turns);
    kept.add(new Turn(t.turnId(), t.userText(), t.reply().text(), t.reply().outcome(), t.reply().intent(),
        t.reply().citations(), t.reply().ticket(), t.at()));
    while (kept.size() > MAX_TURNS) {
      kept.remove(0);
    }
    return new SessionState(ownerHash, kept, turnCount + 1, pii.plus(t.newPiiTokens()), spent.plus(t.usage()),
        spentUsd + t.costUsd(), remember(t));
  }

  private List<Answered> remember(SessionEvent.TurnRecorded t) {
    if (t.clientMessageId() == null || t.clientMessageId().isBlank()) {
      return answered;
    }
    List<Answered> kept = new ArrayList<>(answered);
    kept.add(new Answered(t.clientMessageId(), t.turnId(), t.reply(), t.usage(), t.costUsd()));
    return kept.size() > MAX_ANSWERED ? kept.subList(kept.size() - MAX_ANSWERED, kept.size()) : kept;
  }
}
