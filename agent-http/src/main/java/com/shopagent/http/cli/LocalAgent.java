package com.shopagent.http.cli;

import com.shopagent.http.AgentSettings;
import com.shopagent.http.auth.Secrets;
import com.shopagent.http.auth.ShopTokenSigner;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Path;

/** The agent installed on this machine: its home, configuration and (demo) secrets. */
public final class LocalAgent {
  private LocalAgent() {}

  static Path home(Path option) {
    Path root = option != null ? option : Path.of(System.getenv().getOrDefault("AGENT_HOME", "."));
    return root.toAbsolutePath().normalize();
  }

  static Config config() {
    ConfigFactory.invalidateCaches();
    return ConfigFactory.load();
  }

  /** The escalation policy a command applies: the given file, else the home's, else the built-in one. */
  static com.shopagent.core.policy.EscalationPolicy policy(Path option, Path home) {
    if (option != null && !java.nio.file.Files.isRegularFile(option)) {
      throw new CliInputException("policy file not found: " + option);
    }
    Path file = option != null ? option : home.resolve("config/policies.yaml");
    return java.nio.file.Files.isRegularFile(file) ? com.shopagent.core.policy.EscalationPolicy.load(file)
        : com.shopagent.core.policy.EscalationPolicy.defaults();
  }

  /** Signs visitor tokens with this installation's shop-token secret (demo logins, tests). */
  public static ShopTokenSigner shopSigner(Path homeOption) throws IOException {
    Config config = config();
    AgentSettings settings = AgentSettings.from(config, home(homeOption));
    Secrets secrets = Secrets.load(settings.dataDir(), config);
    return new ShopTokenSigner(secrets.shopToken(), config.getString("shop-agent.auth.shop-token.issuer"),
        config.getString("shop-agent.auth.shop-token.audience"));
  }
}
