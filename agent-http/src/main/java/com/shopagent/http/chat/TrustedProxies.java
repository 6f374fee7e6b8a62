package com.shopagent.http.chat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is behind reverse proxies (AGENT_TRUSTED_PROXIES, addresses or CIDRs). The
 * X-Forwarded-For chain is read only when the peer is a trusted proxy, from the right: each
 * trusted proxy vouches for the hop left of it, so the right-most untrusted address is the
 * client. Anything further left was written by that client and is ignored.
 */
public final class TrustedProxies {
  // literals only: a host name here must never cause a DNS lookup
  private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private final List<Cidr> trusted;

  private record Cidr(byte[] network, int bits) {
    boolean contains(InetAddress a) {
      byte[] b = a.getAddress();
      if (b.length != network.length) {
        return false;
      }
      int full = bits / 8;
      int rest = bits % 8;
      if (!Arrays.equals(b, 0, full, network, 0, full)) {
        return false;
      }
      return rest == 0 || (b[full] & (0xff << (8 - rest))) == (network[full] & (0xff << (8 - rest)));
    }
  }

  private TrustedProxies(List<Cidr> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  /** Comma-separated addresses and CIDRs, e.g. {@code 10.0.0.0/8, 127.0.0.1, fd00::/8}. */
  public static TrustedProxies parse(String csv) {
    return new TrustedProxies(Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(TrustedProxies::cidr).toList());
  }

  private static Cidr cidr(String entry) {
    int slash = entry.indexOf('/');
    InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash))
        .orElseThrow(() -> new IllegalArgumentException("AGENT_TRUSTED_PROXIES: '" + entry
            + "' is not an IP address or CIDR"));
    int max = address.getAddress().length * 8;
    int bits = slash < 0 ? max : Integer.parseInt(entry.substring(slash + 1));
    if (bits < 0 || bits > max) {
      throw new IllegalArgumentException("AGENT_TRUSTED_PROXIES: bad prefix length in '" + entry + "'");
    }
    return new Cidr(address.getAddress(), bits);
  }

  public boolean trusts(InetAddress address) {
    return trusted.stream().anyMatch(c -> c.contains(address));
  }

  /**
   * The client's address: the peer itself unless it is a trusted proxy that forwarded the
   * request; then the right-most hop of {@code forwardedFor} that is not a trusted proxy.
   */
  public String clientOf(InetAddress peer, Optional<String> forwardedFor) {
    if (forwardedFor.isEmpty() || !trusts(peer)) {
      return peer.getHostAddress();
    }
    InetAddress client = peer;
    List<String> hops = Arrays.asList(forwardedFor.get().split(","));
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops.get(i).strip());
      if (hop.isEmpty()) {
        break; // a garbled hop: the last address a trusted proxy vouched for stands
      }
      client = hop.get();
      if (!trusts(client)) {
        break;
      }
    }
    return client.getHostAddress();
  }

  static Optional<InetAddress> literal(String text) {
    String s = text.startsWith("[") && text.contains("]") ? text.substring(1, text.indexOf(']')) : text;
    if (s.chars().filter(ch -> ch == ':').count() == 1 && s.contains(".")) {
      s = s.substring(0, s.indexOf(':')); // 203.0.113.7:51234
    }
    if (!LITERAL.matcher(s).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(s));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
