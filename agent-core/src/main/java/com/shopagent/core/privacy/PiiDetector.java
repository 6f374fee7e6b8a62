package com.shopagent.core.privacy;

import java.util.List;

/** Finds one kind of personal data in free text. Implementations are stateless and thread-safe. */
interface PiiDetector {
  List<PiiMatch> find(String text);
}
