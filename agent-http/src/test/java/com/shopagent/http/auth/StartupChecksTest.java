package com.shopagent.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.http.AgentServer;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security review finding 7: weak settings are refused, or warned about, at start-up. */
class StartupChecksTest {
  @TempDir
  Path dir;

  private Config config(Map<String, String> overrides) {
    return ConfigFactory.parseMap(overrides).withFallback(ConfigFactory.parseMap(Map.of(
        "shop-agent.data-dir", dir.toString()))).withFallback(ConfigFactory.load()).resolve();
  }

  @Test
  void should_not_start_with_a_16_byte_session_secret() {
    Config config = config(Map.of("shop-agent.secrets.session-token", "0123456789abcdef"));
    var refused = assertThrows(IllegalStateException.class, () -> AgentServer.start(config, dir));
    assertTrue(refused.getMessage().contains("AGENT_SESSION_SECRET has 16 bytes"), refused.getMessage());
    assertTrue(Files.notExists(dir.resolve("db")), "refused before any storage is opened");
  }

  @Test
  void should_name_every_short_secret_and_accept_the_generated_demo_ones() throws Exception {
    Secrets generated = Secrets.load(dir, config(Map.of()));
    StartupChecks.requireStrongSecrets(generated, true);
    Secrets weak = new Secrets("short-hmac", generated.sessionToken(), "admin", "shop", generated.encryptionKeys());
    var refused = assertThrows(IllegalStateException.class, () -> StartupChecks.requireStrongSecrets(weak, true));
    assertTrue(refused.getMessage().contains("AGENT_HMAC_SECRET has 10 bytes")
        && refused.getMessage().contains("AGENT_ADMIN_TOKEN has 5 bytes")
        && refused.getMessage().contains("AGENT_SHOP_TOKEN_SECRET"), refused.getMessage());
    // with a public JWK the shop secret is not used
    var withJwk = assertThrows(IllegalStateException.class, () -> StartupChecks.requireStrongSecrets(weak, false));
    assertTrue(!withJwk.getMessage().contains("AGENT_SHOP_TOKEN_SECRET"), withJwk.getMessage());
  }

  @Test
  void should_warn_when_anonymous_guests_may_chat_from_any_origin() {
    assertTrue(StartupChecks.exposureWarning(true, Set.of()).orElse("").contains("AGENT_ALLOWED_ORIGINS"));
    assertEquals(Optional.empty(), StartupChecks.exposureWarning(true, Set.of("https://shop.example")));
    assertEquals(Optional.empty(), StartupChecks.exposureWarning(false, Set.of()));
  }
}
