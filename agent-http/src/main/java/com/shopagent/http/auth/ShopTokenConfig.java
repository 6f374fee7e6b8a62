package com.shopagent.http.auth;

import com.typesafe.config.Config;
import java.text.ParseException;

/** Builds the shop-token verifier from {@code shop-agent.auth.shop-token}. */
public final class ShopTokenConfig {
  private ShopTokenConfig() {}

  public static ShopTokens verifier(Config config, Secrets secrets) {
    Config c = config.getConfig("shop-agent.auth.shop-token");
    String issuer = c.getString("issuer");
    String audience = c.getString("audience");
    String jwk = c.getString("public-jwk");
    if (!jwk.isBlank()) {
      try {
        return ShopTokens.rs256(jwk, issuer, audience);
      } catch (ParseException e) {
        throw new IllegalArgumentException("AGENT_SHOP_TOKEN_PUBLIC_JWK is not a valid JWK: " + e.getMessage(), e);
      }
    }
    return ShopTokens.hs256(secrets.shopToken(), issuer, audience);
  }
}
