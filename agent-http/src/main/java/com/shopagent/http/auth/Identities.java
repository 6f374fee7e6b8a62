package com.shopagent.http.auth;

import com.shopagent.core.model.Identity;
import java.util.Optional;

/**
 * Who a request comes from: the backend's own session token, else a visitor token signed by the
 * shop's plugin, else (when allowed) a new anonymous guest.
 */
public final class Identities {
  private final SessionTokens sessionTokens;
  private final ShopTokens shopTokens;
  private final boolean anonymousGuests;

  public Identities(SessionTokens sessionTokens, ShopTokens shopTokens, boolean anonymousGuests) {
    this.sessionTokens = sessionTokens;
    this.shopTokens = shopTokens;
    this.anonymousGuests = anonymousGuests;
  }

  /** The identity in a token; empty when the token is invalid, expired or forged. */
  public Optional<Identity> fromToken(String token) {
    Optional<Identity> ours = sessionTokens.verify(token);
    return ours.isPresent() ? ours : shopTokens.verify(token);
  }

  /** A fresh anonymous guest, or empty when this deployment requires a shop token. */
  public Optional<Identity> anonymousGuest() {
    return anonymousGuests ? Optional.of(sessionTokens.newGuest()) : Optional.empty();
  }

  public SessionTokens sessionTokens() {
    return sessionTokens;
  }
}
