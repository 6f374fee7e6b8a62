package com.shopagent.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.shopagent.core.model.Identity;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies the visitor tokens the shop's WordPress plugin signs: HS256 with a shared secret, or
 * RS256 with the plugin's public key (a JWK). The algorithm is pinned, issuer and audience must
 * match exactly, lifetimes over five minutes are refused, and scopes are capped by who the
 * visitor is: a guest never gets {@code orders.read_own}, whatever the token claims.
 */
public final class ShopTokens {
  static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
  static final int MAX_SKEW_SECONDS = 60;
  private static final Pattern ARM = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern SUBJECT = Pattern.compile("(user:[0-9]{1,20}|guest:[A-Za-z0-9-]{8,64})");
  private static final Set<String> USER_SCOPES = Set.of(Identity.READ_KB, Identity.ORDERS_READ_OWN, Identity.TICKETS_CREATE);
  private static final Set<String> GUEST_SCOPES = Set.of(Identity.READ_KB, Identity.TICKETS_CREATE);
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  private ShopTokens(JWSAlgorithm alg, JWKSource<SecurityContext> keys, String issuer, String audience) {
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(alg, keys));
    // mutable sets: Nimbus probes them with contains(null), which Set.of() rejects
    var verifier = new DefaultJWTClaimsVerifier<SecurityContext>(new HashSet<>(Set.of(audience)),
        new JWTClaimsSet.Builder().issuer(issuer).build(), new HashSet<>(Set.of("sub", "exp", "iat")), new HashSet<>());
    verifier.setMaxClockSkew(MAX_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(verifier);
  }

  /** HS256 with a shared secret of at least 32 bytes. */
  public static ShopTokens hs256(String secret, String issuer, String audience) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    if (key.length < 32) {
      throw new IllegalArgumentException("the shop token secret must be at least 32 bytes");
    }
    return new ShopTokens(JWSAlgorithm.HS256, new ImmutableSecret<>(key), issuer, audience);
  }

  /** RS256 with the plugin's public RSA key as a JWK (JSON). */
  public static ShopTokens rs256(String publicJwk, String issuer, String audience) throws ParseException {
    JWK jwk = JWK.parse(publicJwk);
    if (!(jwk instanceof RSAKey rsa) || jwk.isPrivate()) {
      throw new IllegalArgumentException("expected a public RSA JWK");
    }
    return new ShopTokens(JWSAlgorithm.RS256, new ImmutableJWKSet<>(new JWKSet(rsa)), issuer, audience);
  }

  /** The A/B arm claim when it is a short plain label, else none (it ends up in metrics tags). */
  static String arm(String claim) {
    return claim != null && ARM.matcher(claim).matches() ? claim : "";
  }

  /** The visitor in a valid shop token; empty for anything forged, expired, too long-lived or malformed. */
  public Optional<Identity> verify(String token) {
    try {
      JWTClaimsSet c = processor.process(token, null);
      if (c.getExpirationTime().getTime() - c.getIssueTime().getTime() > MAX_LIFETIME.toMillis()) {
        return Optional.empty();
      }
      String subject = c.getSubject();
      if (!SUBJECT.matcher(subject).matches()) {
        return Optional.empty();
      }
      String scope = c.getStringClaim("scope");
      Set<String> wanted = new HashSet<>(scope == null ? Set.of() : Set.copyOf(Arrays.asList(scope.trim().split("\\s+"))));
      wanted.retainAll(subject.startsWith("user:") ? USER_SCOPES : GUEST_SCOPES);
      return Optional.of(new Identity(subject, wanted, arm(c.getStringClaim("arm"))));
    } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
