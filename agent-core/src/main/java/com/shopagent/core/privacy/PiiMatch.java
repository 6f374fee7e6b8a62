package com.shopagent.core.privacy;

/** A region of text a detector found; {@code end} is exclusive. */
record PiiMatch(PiiKind kind, int start, int end) {
  boolean overlaps(int s, int e) {
    return s < end && e > start;
  }

  boolean overlaps(PiiMatch other) {
    return overlaps(other.start, other.end);
  }
}
