package com.shopagent.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs visitor tokens the way the WordPress plugin does (HS256). The agent itself never needs
 * this; it serves the demo ({@code agent token}, {@code agent chat --user}) and the tests.
 */
public final class ShopTokenSigner {
  private final byte[] secret;
  private final String issuer;
  private final String audience;

  public ShopTokenSigner(String secret, String issuer, String audience) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.issuer = issuer;
    this.audience = audience;
  }

  public String sign(String subject, String scope, Duration lifetime) {
    Instant now = Instant.now();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer).audience(audience).subject(subject).claim("scope", scope)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
        .jwtID(UUID.randomUUID().toString()).build();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalArgumentException("cannot sign: " + e.getMessage(), e);
    }
  }

  /** A signed-in WordPress customer with every customer scope. */
  public String customer(long wordpressUserId) {
    return sign("user:" + wordpressUserId, "support.read_kb orders.read_own tickets.create", Duration.ofMinutes(5));
  }
}
