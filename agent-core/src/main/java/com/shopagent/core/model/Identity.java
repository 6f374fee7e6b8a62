package com.shopagent.core.model;

import com.shopagent.core.CborSerializable;
import java.util.Set;

/**
 * Who is talking: {@code subject} is "user:42" for a signed-in WordPress user or "guest:<uuid>".
 * Scopes are checked server-side before every tool call. {@code arm} is the A/B experiment arm
 * the shop's plugin put the visitor in ("" when there is no experiment); it is audited with
 * every event so deflection can be compared by arm. {@code network} is the client's address as the
 * HTTP edge saw it ("" when unknown), for per-network quotas only: never journaled, audited or
 * put in a token.
 */
public record Identity(String subject, Set<String> scopes, String arm, String network) implements CborSerializable {
  public static final String READ_KB = "support.read_kb";
  public static final String ORDERS_READ_OWN = "orders.read_own";
  public static final String TICKETS_CREATE = "tickets.create";

  public Identity {
    scopes = Set.copyOf(scopes);
    arm = arm == null ? "" : arm;
    network = network == null ? "" : network;
  }

  public Identity(String subject, Set<String> scopes, String arm) {
    this(subject, scopes, arm, "");
  }

  public Identity(String subject, Set<String> scopes) {
    this(subject, scopes, "");
  }

  public Identity withNetwork(String address) {
    return new Identity(subject, scopes, arm, address);
  }

  public static Identity guest(String id) {
    return new Identity("guest:" + id, Set.of(READ_KB, TICKETS_CREATE));
  }

  public boolean has(String scope) {
    return scopes.contains(scope);
  }
}
