package com.shopagent.core.session;

import com.shopagent.core.EncryptedSerializable;
import com.shopagent.core.privacy.PiiTokens;
import java.util.ArrayList;
import java.util.List;
import com.shopagent.core.brain.Usage;

/**
 * What a session remembers across restarts: its owner, the last {@value #MAX_TURNS} turns
 * (redacted) and the PII token map.
 */
public record SessionState(String ownerHash, List<Turn> turns, int turnCount, PiiTokens pii, Usage spent,
    double spentUsd) implements EncryptedSerializable {
  public static final int MAX_TURNS = 10;
  public static final SessionState EMPTY = new SessionState(null, List.of(), 0, PiiTokens.EMPTY, Usage.NONE, 0);

  public SessionState {
    turns = List.copyOf(turns);
    spent = spent == null ? Usage.NONE : spent; // snapshots taken before spend was tracked
  }

  public boolean isOwnedBy(String userHash) {
    return ownerHash != null && ownerHash.equals(userHash);
  }

  public SessionState apply(SessionEvent event) {
    if (event instanceof SessionEvent.Opened o) {
      return new SessionState(o.userHash(), turns, turnCount, pii, spent, spentUsd);
    }
    SessionEvent.TurnRecorded t = (SessionEvent.TurnRecorded) event;
    List<Turn> kept = new ArrayList<>(turns);
    kept.add(new Turn(t.turnId(), t.userText(), t.reply().text(), t.reply().outcome(), t.reply().intent(),
        t.reply().citations(), t.reply().ticket(), t.at()));
    while (kept.size() > MAX_TURNS) {
      kept.remove(0);
    }
    return new SessionState(ownerHash, kept, turnCount + 1, pii.plus(t.newPiiTokens()), spent.plus(t.usage()),
        spentUsd + t.costUsd());
  }
}
