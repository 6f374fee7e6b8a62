package com.shopagent.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Identity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionTokensTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private final SessionTokens tokens = new SessionTokens("backend-secret", Duration.ofMinutes(5), Clock.fixed(T0, ZoneOffset.UTC));

  @Test
  void should_round_trip_the_identity_and_its_scopes() {
    Identity guest = tokens.newGuest();
    assertEquals(guest, tokens.verify(tokens.issue(guest)).orElseThrow());
  }

  @Test
  void should_refuse_expired_tampered_and_foreign_tokens() {
    String token = tokens.issue(new Identity("user:101", java.util.Set.of(Identity.ORDERS_READ_OWN)));
    var later = new SessionTokens("backend-secret", Duration.ofMinutes(5), Clock.fixed(T0.plusSeconds(5 * 60 + 31), ZoneOffset.UTC));
    assertTrue(later.verify(token).isEmpty(), "expired past the 30 s skew");
    var other = new SessionTokens("another-backend", Duration.ofMinutes(5), Clock.fixed(T0, ZoneOffset.UTC));
    assertTrue(other.verify(token).isEmpty(), "signed by another installation");
    String[] parts = token.split("\\.");
    String widened = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];
    assertTrue(tokens.verify(widened).isEmpty(), "tampered payload");
  }
}
