package com.shopagent.tools.kb.source;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an ingest request may go: every hop (the first URL and each redirect) stays on the host
 * it started on and never reaches a private, loopback or link-local address, so a public page
 * cannot redirect the crawler to a metadata endpoint or an admin page and have it indexed. A source
 * that is itself local (localhost or an internal IP literal, as in tests) may stay local. Checked
 * before each connection; DNS answers that change between check and connect are not covered.
 */
final class Hops {

  /** Looks a host name up; tests pass a fixed table. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  static final Hops SYSTEM = new Hops(InetAddress::getAllByName);

  private final Resolver resolver;

  Hops(Resolver resolver) {
    this.resolver = resolver;
  }

  /** Why {@code hop} may not be fetched for a request that started at {@code start}; empty if it may. */
  Optional<String> refusal(URI start, URI hop) {
    if (hop.getHost() == null || !sameSite(start, hop)) {
      return Optional.of("redirected off the source's host (to " + hop.getScheme() + "://" + hop.getRawAuthority() + ")");
    }
    if (explicitlyLocal(start.getHost())) {
      return Optional.empty();
    }
    try {
      for (InetAddress a : resolver.resolve(bare(hop.getHost()))) {
        if (internal(a)) {
          return Optional.of("refused: " + hop.getHost() + " is an internal address (" + a.getHostAddress() + ")");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + hop.getHost());
    }
  }

  /** Same host and port; http to https on the same host is an upgrade, not a move. */
  static boolean sameSite(URI start, URI hop) {
    if (!start.getHost().equalsIgnoreCase(hop.getHost())) {
      return false;
    }
    boolean upgrade = "http".equals(start.getScheme()) && "https".equals(hop.getScheme()) && port(hop) == 443;
    return upgrade || (Objects.equals(start.getScheme(), hop.getScheme()) && port(start) == port(hop));
  }

  static boolean internal(InetAddress a) {
    byte[] b = a.getAddress();
    boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
    boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    return a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress() || uniqueLocalV6 || carrierNat;
  }

  /**
   * localhost, or a loopback or private IP literal: the operator pointed ingest there on purpose.
   * Link-local (cloud metadata) never counts.
   */
  static boolean explicitlyLocal(String host) {
    String h = bare(host).toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
      return false; // a name: resolving it here would trust DNS
    }
    try {
      InetAddress a = InetAddress.getByName(h); // a literal: no lookup
      return a.isLoopbackAddress() || a.isSiteLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
  }
}
