package com.shopagent.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.brain.Intent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {
  private static EscalationPolicy parse(String yaml) {
    return PolicyFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void should_ship_a_tier_for_every_intent_the_brains_use() {
    EscalationPolicy p = EscalationPolicy.defaults();
    for (Intent intent : Intent.values()) {
      assertTrue(p.intent(intent.label()).isPresent(), intent.label());
    }
    assertEquals(RiskTier.MEDIUM, p.tierOf("order_status"));
    assertTrue(p.rules(RiskTier.HIGH).escalateUnlessAllChecksPass());
  }

  @Test
  void should_read_the_same_policy_from_the_config_folder_as_from_the_jar(@TempDir Path dir) throws Exception {
    Path file = Path.of("..", "config", "policies.yaml");
    assertEquals(EscalationPolicy.defaults(), EscalationPolicy.load(file));
    Path copy = dir.resolve("p.yaml");
    Files.writeString(copy, Files.readString(file).replace("min_routing_confidence: 0.30", "min_routing_confidence: 0.5"));
    assertEquals(0.5, EscalationPolicy.load(copy).rules(RiskTier.LOW).minRoutingConfidence());
  }

  @Test
  void should_refuse_a_misspelt_key_an_unknown_tier_or_a_missing_tier() {
    String tiers = "tiers: { low: {}, medium: {}, high: {} }\n";
    var typo = assertThrows(IllegalArgumentException.class,
        () -> parse("intents: { faq: { tier: low } }\ntiers: { low: { min_routing_confidance: 0.3 }, medium: {}, high: {} }"));
    assertTrue(typo.getMessage().contains("min_routing_confidance"), typo.getMessage());
    var tier = assertThrows(IllegalArgumentException.class, () -> parse("intents: { faq: { tier: lowest } }\n" + tiers));
    assertTrue(tier.getMessage().contains("lowest"), tier.getMessage());
    var missing = assertThrows(IllegalArgumentException.class,
        () -> parse("intents: { faq: { tier: low } }\ntiers: { low: {}, high: {} }"));
    assertTrue(missing.getMessage().contains("medium"), missing.getMessage());
    var noTier = assertThrows(IllegalArgumentException.class, () -> parse("intents: { faq: { reason: x } }\n" + tiers));
    assertTrue(noTier.getMessage().contains("faq"), noTier.getMessage());
  }

  @Test
  void should_name_the_file_when_it_cannot_be_read(@TempDir Path dir) {
    var e = assertThrows(IllegalArgumentException.class, () -> EscalationPolicy.load(dir.resolve("nope.yaml")));
    assertTrue(e.getMessage().contains("nope.yaml"), e.getMessage());
  }
}
