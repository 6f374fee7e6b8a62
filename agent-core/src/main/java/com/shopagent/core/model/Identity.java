package com.shopagent.core.model;

import com.shopagent.core.CborSerializable;
import java.util.Set;

/**
 * Who is talking: {@code subject} is "user:42" for a signed-in WordPress user or "guest:<uuid>".
 * Scopes are checked server-side before every tool call. {@code arm} is the A/B experiment arm
 * the shop's plugin put the visitor in ("" when there is no experiment); it is audited with
 * every event so deflection can be compared by arm.
 */
public record Identity(String subject, Set<String> scopes, String arm) implements CborSerializable {
  public static final String READ_KB = "support.read_kb";
  public static final String ORDERS_READ_OWN = "orders.read_own";
  public static final String TICKETS_CREATE = "tickets.create";

  public Identity {
    scopes = Set.copyOf(scopes);
    arm = arm == null ? "" : arm;
  }

  public Identity(String subject, Set<String> scopes) {
    this(subject, scopes, "");
  }

  public static Identity guest(String id) {
    return new Identity("guest:" + id, Set.of(READ_KB, TICKETS_CREATE));
  }

  public boolean has(String scope) {
    return scopes.contains(scope);
  }
}
