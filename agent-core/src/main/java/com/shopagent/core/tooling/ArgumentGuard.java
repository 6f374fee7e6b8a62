package com.shopagent.core.tooling;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Blocks tool arguments that carry SQL-like payloads, secrets or absurd sizes. */
final class ArgumentGuard {
  private static final int MAX_VALUE_LENGTH = 8000;
  private static final Pattern SQL =
      Pattern.compile("(?i)(;\\s*(drop|delete|insert|update|alter)\\s|\\bunion\\s+select\\b|'\\s*or\\s+'?1'?\\s*=\\s*'?1|--\\s*$)");
  private static final Pattern SECRET =
      Pattern.compile("(?i)(sk-[A-Za-z0-9]{16,}|ck_[a-f0-9]{20,}|cs_[a-f0-9]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY)");

  private ArgumentGuard() {}

  static Optional<String> check(ToolRequest request) {
    for (Map.Entry<String, String> e : request.arguments().entrySet()) {
      String v = e.getValue();
      if (v == null) {
        continue;
      }
      if (v.length() > MAX_VALUE_LENGTH) {
        return Optional.of("argument " + e.getKey() + " is too long");
      }
      if (SQL.matcher(v).find()) {
        return Optional.of("argument " + e.getKey() + " looks like SQL");
      }
      if (SECRET.matcher(v).find()) {
        return Optional.of("argument " + e.getKey() + " carries a secret");
      }
    }
    return Optional.empty();
  }
}
