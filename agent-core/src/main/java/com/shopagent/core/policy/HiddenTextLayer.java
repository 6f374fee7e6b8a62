package com.shopagent.core.policy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Flags text that hides characters from the person reading it: Unicode tag characters (invisible
 * ASCII look-alikes used to smuggle instructions), bidirectional overrides that reverse what is
 * shown, and runs of zero-width characters. A customer typing a question has no use for them.
 */
public final class HiddenTextLayer implements GuardLayer {
  private static final Pattern TAGS = Pattern.compile("[\\x{E0000}-\\x{E007F}]");
  private static final Pattern BIDI_OVERRIDE = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
  private static final Pattern ZERO_WIDTH_RUN = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]{3,}");

  @Override
  public String name() {
    return "hidden_text";
  }

  @Override
  public List<String> reasons(String redactedText) {
    boolean hidden = TAGS.matcher(redactedText).find() || BIDI_OVERRIDE.matcher(redactedText).find()
        || ZERO_WIDTH_RUN.matcher(redactedText).find();
    return hidden ? List.of("hidden_text") : List.of();
  }
}
