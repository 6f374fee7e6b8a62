package com.shopagent.core.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaosSettingsTest {

  @Test
  void should_read_each_tools_faults_and_default_the_rest_to_off() {
    var chaos = ChaosSettings.perTool(ConfigFactory.parseString(
        "read_kb { timeout-rate = 0.25, latency = 300 ms }\n get_order_status.error-rate = 1"));

    assertEquals(new ChaosSettings(0.25, 0, Duration.ofMillis(300)), chaos.get("read_kb"));
    assertEquals(new ChaosSettings(0, 1.0, Duration.ZERO), chaos.get("get_order_status"));
    assertFalse(chaos.containsKey("create_ticket"));
  }

  @Test
  void should_refuse_rates_that_cannot_be_probabilities() {
    var bad = ConfigFactory.parseString("read_kb { timeout-rate = 0.7, error-rate = 0.6 }");

    var e = assertThrows(IllegalArgumentException.class, () -> ChaosSettings.perTool(bad));
    assertEquals("chaos rates must be between 0 and 1 and add up to at most 1", e.getMessage());
  }

  @Test
  void should_be_off_when_nothing_is_configured() {
    assertEquals(Map.of(), ChaosSettings.perTool(ConfigFactory.empty()));
    assertFalse(ChaosSettings.OFF.active());
  }
}
