package com.shopagent.core.brain;

import com.shopagent.core.CborSerializable;

/** Model tokens spent on a step or a turn; NONE for the offline brain. */
public record Usage(String model, long inputTokens, long outputTokens) implements CborSerializable {
  public static final Usage NONE = new Usage("", 0, 0);

  public Usage plus(Usage other) {
    if (other == null || other.equals(NONE)) {
      return this;
    }
    String m = model.isEmpty() ? other.model() : model.equals(other.model()) || other.model().isEmpty() ? model
        : model + "+" + other.model();
    return new Usage(m, inputTokens + other.inputTokens(), outputTokens + other.outputTokens());
  }
}
