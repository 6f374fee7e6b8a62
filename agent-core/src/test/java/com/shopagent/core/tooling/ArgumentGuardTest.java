package com.shopagent.core.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentGuardTest {
  private static Optional<String> check(String name, String value) {
    return ArgumentGuard.check(new ToolRequest("r1", "get_order_status", Map.of(name, value)));
  }

  @Test
  void should_block_sql_and_wildcards_smuggled_into_an_order_id() {
    for (String id : new String[] {"10283 OR 1=1", "10283' OR '1'='1", "*", "%", "10283; DROP TABLE orders", "1 UNION SELECT 1"}) {
      assertTrue(check("order_id", id).isPresent(), id);
    }
    assertEquals(Optional.empty(), check("order_id", "00123842"));
  }

  @Test
  void should_block_sql_structure_in_free_text_but_not_ordinary_punctuation() {
    assertTrue(check("query", "shipping' OR 'a'='a").orElseThrow().contains("SQL"));
    assertTrue(check("body", "hi'; DELETE FROM tickets; --").orElseThrow().contains("SQL"));
    assertTrue(check("query", "tents UNION ALL SELECT password FROM users").isPresent());
    assertTrue(check("query", "x' AND sleep(5)").isPresent());
    assertEquals(Optional.empty(), check("body", "I tried twice; delete my account please. Thanks -- Jane"));
    assertEquals(Optional.empty(), check("body", "Order or refund? Either is fine; update me when done"));
    assertEquals(Optional.empty(), check("query", "what's the return policy for tents"));
  }

  @Test
  void should_block_secrets_in_any_argument() {
    assertTrue(check("body", "use key sk-abcdefghijklmnop1234").orElseThrow().contains("secret"));
    assertTrue(check("body", "AKIAIOSFODNN7EXAMPLE").isPresent());
    assertTrue(check("body", "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.c2lnbmF0dXJl").isPresent());
    assertTrue(check("body", "password: hunter22secret").isPresent());
    assertTrue(check("body", "ck_0123456789abcdef0123456789").isPresent());
    assertEquals(Optional.empty(), check("body", "I forgot my password, please help"));
  }

  @Test
  void should_block_template_path_and_script_injection_and_oversized_values() {
    assertTrue(check("query", "${jndi:ldap://x/a}").isPresent());
    assertTrue(check("query", "../../etc/passwd").isPresent());
    assertTrue(check("subject", "{{7*7}}").isPresent());
    assertTrue(check("body", "<script>alert(1)</script>").isPresent());
    assertTrue(check("body", "bell\u0007").isPresent());
    assertTrue(check("body", "x".repeat(8001)).orElseThrow().contains("too long"));
    assertEquals(Optional.empty(), check("body", "Tent pole snapped. Size: 2.5 m. Cost: $49.99 (50% off)"));
  }
}
