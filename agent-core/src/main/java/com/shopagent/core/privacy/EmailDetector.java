package com.shopagent.core.privacy;

import java.util.List;
import java.util.regex.Pattern;

/** Email addresses: local part, {@code @}, a dotted domain with a letter-only top level. */
final class EmailDetector implements PiiDetector {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  @Override
  public List<PiiMatch> find(String text) {
    return EMAIL.matcher(text).results().map(r -> new PiiMatch(PiiKind.EMAIL, r.start(), r.end())).toList();
  }
}
