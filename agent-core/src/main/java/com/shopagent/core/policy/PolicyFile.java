package com.shopagent.core.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads policies.yaml; a typo in a key or a tier fails loudly at start-up, not silently at run time. */
final class PolicyFile {
  static final String CLASSPATH_DEFAULT = "shop-agent/policies.yaml";

  private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private record Raw(
      int version,
      Map<String, EscalationPolicy.IntentRule> intents,
      Map<String, EscalationPolicy.FlagRule> riskFlags,
      Map<String, EscalationPolicy.TierRules> tiers) {}

  private static volatile EscalationPolicy classpathDefault;

  private PolicyFile() {}

  static EscalationPolicy classpathDefault() {
    EscalationPolicy p = classpathDefault;
    if (p == null) {
      try (InputStream in = PolicyFile.class.getClassLoader().getResourceAsStream(CLASSPATH_DEFAULT)) {
        if (in == null) {
          throw new IllegalStateException(CLASSPATH_DEFAULT + " is missing from the class path");
        }
        p = parse(in, "classpath:" + CLASSPATH_DEFAULT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      classpathDefault = p;
    }
    return p;
  }

  static EscalationPolicy read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read policy file " + file + ": " + e.getMessage(), e);
    }
  }

  static EscalationPolicy parse(InputStream in, String source) {
    try {
      Raw raw = YAML.readValue(in, Raw.class);
      if (raw == null || raw.intents() == null || raw.tiers() == null) {
        throw new IllegalArgumentException("policy " + source + " needs `intents` and `tiers`");
      }
      Map<RiskTier, EscalationPolicy.TierRules> tiers = new LinkedHashMap<>();
      raw.tiers().forEach((label, rules) -> tiers.put(RiskTier.of(label), rules));
      raw.intents().forEach((intent, rule) -> {
        if (rule == null || rule.tier() == null) {
          throw new IllegalArgumentException("policy " + source + ": intent " + intent + " has no tier");
        }
      });
      return new EscalationPolicy(raw.version(), raw.intents(), raw.riskFlags(), tiers);
    } catch (IOException e) {
      throw new IllegalArgumentException("policy " + source + " is not valid: " + e.getMessage(), e);
    }
  }
}
