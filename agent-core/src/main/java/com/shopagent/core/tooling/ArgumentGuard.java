package com.shopagent.core.tooling;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Blocks tool arguments that carry SQL or template injection, path traversal, secrets, control
 * characters or absurd sizes, and identifiers ({@code *_id}) that are not plain identifiers
 * ("10283 OR 1=1", "*"). Free-text arguments (a ticket body) may hold ordinary punctuation: the SQL
 * patterns need SQL structure, not just a semicolon or a keyword.
 */
final class ArgumentGuard {
  private static final int MAX_VALUE_LENGTH = 8000;
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  private static final Pattern SQL = Pattern.compile("(?i)("
      + "\\bunion\\s+(all\\s+)?select\\b"
      + "|;\\s*(drop|delete|insert|update|alter|truncate|exec(ute)?|create)\\s+(table|from|into|database|schema|\\w+\\s+set)\\b"
      + "|['\"]\\s*(or|and)\\s+['\"]?\\w+['\"]?\\s*(=|like)\\s*['\"]?\\w+"
      + "|\\bor\\s+1\\s*=\\s*1\\b"
      + "|['\";]\\s*(--|#|/\\*)"
      + "|\\b(pg_sleep|sleep|benchmark)\\s*\\(|\\bwaitfor\\s+delay\\b|\\bxp_cmdshell\\b|\\binformation_schema\\b)");
  private static final Pattern INJECTION = Pattern.compile(
      "(?i)(\\$\\{\\s*jndi:|\\$\\{[^}]*\\}|\\{\\{.*\\}\\}|\\{%.*%\\}|(\\.\\./){1,}|\\.\\.\\\\|<script\\b|\\bjavascript:)");
  private static final Pattern SECRET = Pattern.compile("("
      + "sk-[A-Za-z0-9_-]{16,}|\\b[sr]k_(live|test)_[A-Za-z0-9]{10,}|\\bck_[a-f0-9]{20,}|\\bcs_[a-f0-9]{20,}"
      + "|\\bAKIA[0-9A-Z]{16}\\b|\\bgh[pousr]_[A-Za-z0-9]{30,}|\\bxox[abprs]-[A-Za-z0-9-]{10,}|\\bAIza[0-9A-Za-z_-]{35}"
      + "|\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"
      + "|-----BEGIN [A-Z ]*PRIVATE KEY"
      + "|(?i:\\b(password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token)\\s*[=:]\\s*\\S{6,}))");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  private ArgumentGuard() {}

  static Optional<String> check(ToolRequest request) {
    for (Map.Entry<String, String> e : new TreeMap<>(request.arguments()).entrySet()) {
      Optional<String> problem = problem(e.getKey(), e.getValue());
      if (problem.isPresent()) {
        return Optional.of("argument " + e.getKey() + " " + problem.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problem(String name, String v) {
    if (v == null) {
      return Optional.empty();
    }
    if (v.length() > MAX_VALUE_LENGTH) {
      return Optional.of("is too long");
    }
    if (name.endsWith("_id") && !IDENTIFIER.matcher(v.strip()).matches()) {
      return Optional.of("is not a plain identifier");
    }
    if (SQL.matcher(v).find()) {
      return Optional.of("looks like SQL");
    }
    if (INJECTION.matcher(v).find()) {
      return Optional.of("looks like template, path or script injection");
    }
    if (SECRET.matcher(v).find()) {
      return Optional.of("carries a secret");
    }
    if (CONTROL.matcher(v).find()) {
      return Optional.of("contains control characters");
    }
    return Optional.empty();
  }
}
