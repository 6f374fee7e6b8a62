package com.shopagent.http.auth;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings the agent refuses or warns about at start-up. Secrets generated for the demo are 32
 * random bytes, so only a configured short one can fail: a short HMAC key or admin token can be
 * guessed offline or online, and nothing else would tell the operator.
 */
public final class StartupChecks {
  public static final int MIN_SECRET_BYTES = 32;

  private StartupChecks() {}

  /**
   * @param shopSecretUsed false when the shop's tokens are verified with a public JWK instead
   * @throws IllegalStateException naming each short secret's variable
   */
  public static void requireStrongSecrets(Secrets s, boolean shopSecretUsed) {
    Map<String, String> named = new LinkedHashMap<>();
    named.put("AGENT_HMAC_SECRET", s.hmac());
    named.put("AGENT_SESSION_SECRET", s.sessionToken());
    named.put("AGENT_ADMIN_TOKEN", s.adminToken());
    if (shopSecretUsed) {
      named.put("AGENT_SHOP_TOKEN_SECRET", s.shopToken());
    }
    StringBuilder problems = new StringBuilder();
    named.forEach((name, value) -> {
      int bytes = value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
      if (bytes < MIN_SECRET_BYTES) {
        problems.append(problems.length() == 0 ? "" : "; ").append(name).append(" has ").append(bytes).append(" bytes");
      }
    });
    if (problems.length() > 0) {
      throw new IllegalStateException("secrets too short (" + problems + "): each needs at least " + MIN_SECRET_BYTES
          + " bytes, e.g. from `openssl rand -base64 48`");
    }
  }

  /** The warning for anonymous guests that any web page may connect, or empty when that is not the case. */
  public static Optional<String> exposureWarning(boolean anonymousGuests, Set<String> allowedOrigins) {
    return anonymousGuests && allowedOrigins.isEmpty()
        ? Optional.of("SECURITY: anonymous guests may chat and AGENT_ALLOWED_ORIGINS is empty, so any web page can open"
            + " the chat for its visitors. Fine for the demo; behind the shop set AGENT_ALLOWED_ORIGINS and"
            + " AGENT_ALLOW_ANONYMOUS_GUESTS=false.")
        : Optional.empty();
  }
}
