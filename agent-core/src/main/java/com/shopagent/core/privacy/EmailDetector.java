package com.shopagent.core.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Email addresses: local part, {@code @}, a dotted domain with a letter-only top level. Parts are
 * bounded (RFC 5321 lengths) and a match starts only where a local part can start, so a long run
 * of letters costs linear time, not quadratic.
 */
final class EmailDetector implements PiiDetector {
  private static final Pattern EMAIL =
      Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}"
          + "\\.[A-Za-z]{2,24}(?![A-Za-z])");

  @Override
  public List<PiiMatch> find(String text) {
    return EMAIL.matcher(text).results().map(r -> new PiiMatch(PiiKind.EMAIL, r.start(), r.end())).toList();
  }
}
