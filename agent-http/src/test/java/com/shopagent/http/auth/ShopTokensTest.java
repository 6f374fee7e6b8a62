package com.shopagent.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.shopagent.core.model.Identity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A security reviewer's attempts on the shop's visitor tokens: every one must be refused. */
class ShopTokensTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef-shop";
  private final ShopTokens verifier = ShopTokens.hs256(SECRET, "https://shop.example", "shop-agent");
  private final ShopTokenSigner plugin = new ShopTokenSigner(SECRET, "https://shop.example", "shop-agent");

  @Test
  void should_accept_a_customer_token_from_the_plugin() {
    Identity who = verifier.verify(plugin.customer(101)).orElseThrow();
    assertEquals("user:101", who.subject());
    assertEquals(Set.of(Identity.READ_KB, Identity.ORDERS_READ_OWN, Identity.TICKETS_CREATE), who.scopes());
  }

  @Test
  void should_refuse_forged_expired_unsigned_and_misaddressed_tokens() throws Exception {
    String forged = new ShopTokenSigner("another-secret-that-is-long-enough!!", "https://shop.example", "shop-agent")
        .customer(101);
    assertTrue(verifier.verify(forged).isEmpty(), "wrong key");
    String expired = plugin.sign("user:101", "orders.read_own", Duration.ofMinutes(-2));
    assertTrue(verifier.verify(expired).isEmpty(), "expired beyond the allowed skew");
    String otherAudience = new ShopTokenSigner(SECRET, "https://shop.example", "another-service").customer(101);
    assertTrue(verifier.verify(otherAudience).isEmpty(), "wrong audience");
    String otherIssuer = new ShopTokenSigner(SECRET, "https://evil.example", "shop-agent").customer(101);
    assertTrue(verifier.verify(otherIssuer).isEmpty(), "wrong issuer");
    String tooLong = plugin.sign("user:101", "orders.read_own", Duration.ofHours(1));
    assertTrue(verifier.verify(tooLong).isEmpty(), "lifetime over five minutes");
    assertTrue(verifier.verify(new PlainJWT(claims("user:101")).serialize()).isEmpty(), "alg none");
    assertTrue(verifier.verify(signedWith(JWSAlgorithm.HS512, (SECRET + SECRET).getBytes(StandardCharsets.UTF_8)))
        .isEmpty(), "the algorithm is pinned to HS256");
    assertTrue(verifier.verify("not.a.jwt").isEmpty());
    assertTrue(verifier.verify(plugin.sign("admin", "orders.read_own", Duration.ofMinutes(1))).isEmpty(), "odd subject");
  }

  @Test
  void should_never_give_a_guest_the_order_scope() {
    Identity guest = verifier.verify(plugin.sign("guest:3f6c1b0e-aaaa", "support.read_kb orders.read_own tickets.create",
        Duration.ofMinutes(5))).orElseThrow();
    assertEquals(Set.of(Identity.READ_KB, Identity.TICKETS_CREATE), guest.scopes());
  }

  @Test
  void should_verify_rs256_tokens_with_the_plugins_public_key() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).generate();
    ShopTokens rsa = ShopTokens.rs256(key.toPublicJWK().toJSONString(), "https://shop.example", "shop-agent");
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims("user:7"));
    jwt.sign(new RSASSASigner(key));
    assertEquals("user:7", rsa.verify(jwt.serialize()).orElseThrow().subject());
    assertTrue(rsa.verify(plugin.customer(7)).isEmpty(), "an HS256 token must not pass an RS256 verifier");
  }

  private static JWTClaimsSet claims(String sub) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder().issuer("https://shop.example").audience("shop-agent").subject(sub)
        .claim("scope", "orders.read_own").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
        .build();
  }

  private static String signedWith(JWSAlgorithm alg, byte[] key) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims("user:101"));
    jwt.sign(new MACSigner(key));
    return jwt.serialize();
  }

  @Test
  void should_carry_the_experiment_arm_into_the_identity_and_the_backends_own_token() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder(claims("user:101"))
        .claim("arm", "chat").build());
    jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
    Identity who = verifier.verify(jwt.serialize()).orElseThrow();
    assertEquals("chat", who.arm());
    var ours = new SessionTokens("backend-secret", java.time.Duration.ofMinutes(5), java.time.Clock.systemUTC());
    assertEquals("chat", ours.verify(ours.issue(who)).orElseThrow().arm());
    assertEquals("", ShopTokens.arm("<script>"), "only plain labels become metric tags");
  }
}
