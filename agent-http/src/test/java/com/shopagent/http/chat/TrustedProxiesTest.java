package com.shopagent.http.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 127.0.0.1, fd00::/8");

  private String client(String peer, String xff) throws Exception {
    return proxies.clientOf(InetAddress.getByName(peer), Optional.ofNullable(xff));
  }

  @Test
  void should_take_the_right_most_untrusted_hop_when_the_peer_is_a_trusted_proxy() throws Exception {
    assertEquals("203.0.113.7", client("10.1.2.3", "203.0.113.7"));
    assertEquals("203.0.113.7", client("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.9.9.9"), "left of the client is the client's own claim");
    assertEquals("203.0.113.7", client("10.1.2.3", "203.0.113.7:51234"));
    assertEquals("2001:db8:0:0:0:0:0:1", client("fd00::1", "[2001:db8::1]"));
  }

  @Test
  void should_ignore_forwarded_for_from_an_untrusted_peer() throws Exception {
    assertEquals("198.51.100.9", client("198.51.100.9", "203.0.113.7"));
    assertEquals("11.0.0.1", client("11.0.0.1", "10.0.0.1"), "just outside 10.0.0.0/8");
    assertEquals("10.1.2.3", client("10.1.2.3", null));
  }

  @Test
  void should_stop_at_a_hop_that_is_not_an_address_and_never_resolve_names() throws Exception {
    assertEquals("10.1.2.3", client("10.1.2.3", "evil.example.com"));
    assertEquals("10.0.0.2", client("10.1.2.3", "junk, 10.0.0.2"), "all trusted, then garbage: the last vouched hop");
    assertEquals("198.51.100.9", TrustedProxies.NONE.clientOf(InetAddress.getByName("198.51.100.9"), Optional.of("1.2.3.4")));
  }

  @Test
  void should_refuse_a_setting_that_is_not_an_address_or_cidr() {
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.internal"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
  }
}
