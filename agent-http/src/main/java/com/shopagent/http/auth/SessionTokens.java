package com.shopagent.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.shopagent.core.model.Identity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The backend's own short-lived session tokens (HS256 JWT): who the visitor is and what they may
 * do. The algorithm is pinned; anything else, an expired token or another issuer is refused.
 */
public final class SessionTokens {
  private static final String ISSUER = "shop-agent";
  private static final Duration SKEW = Duration.ofSeconds(30);
  private final byte[] secret;
  private final Duration ttl;
  private final Clock clock;

  public SessionTokens(String secret, Duration ttl, Clock clock) {
    byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
    // HS256 needs a 256-bit key; a short configured secret is stretched, never rejected at runtime
    this.secret = raw.length >= 32 ? raw : sha256(raw);
    this.ttl = ttl;
    this.clock = clock;
  }

  public Identity newGuest() {
    return Identity.guest(UUID.randomUUID().toString());
  }

  public String issue(Identity identity) {
    Date now = Date.from(clock.instant());
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(ISSUER)
        .subject(identity.subject())
        .claim("scope", String.join(" ", identity.scopes().stream().sorted().toList()))
        .claim("arm", identity.arm())
        .issueTime(now)
        .expirationTime(Date.from(clock.instant().plus(ttl)))
        .jwtID(UUID.randomUUID().toString())
        .build();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign session token", e);
    }
  }

  /** The identity in a valid token, or empty for anything forged, expired or malformed. */
  public Optional<Identity> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
        return Optional.empty();
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      Date exp = c.getExpirationTime();
      boolean fresh = exp != null && exp.toInstant().plus(SKEW).isAfter(clock.instant());
      if (!fresh || !ISSUER.equals(c.getIssuer()) || !c.getAudience().contains(ISSUER) || c.getSubject() == null) {
        return Optional.empty();
      }
      String scope = c.getStringClaim("scope");
      return Optional.of(new Identity(c.getSubject(),
          new HashSet<>(scope == null || scope.isBlank() ? List.of() : List.of(scope.split(" "))),
          ShopTokens.arm(c.getStringClaim("arm"))));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public long ttlSeconds() {
    return ttl.toSeconds();
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
