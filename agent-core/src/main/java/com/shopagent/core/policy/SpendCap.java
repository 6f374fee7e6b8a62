package com.shopagent.core.policy;

import com.shopagent.core.brain.Usage;
import java.util.Arrays;
import java.util.Map;

/**
 * A session's budget for model use: tokens and dollars. When it is spent the conversation goes to
 * a person instead of the model. Prices are per million tokens, per model; a turn that used two
 * models ("planner+writer") is priced at the dearer one, which errs on the safe side.
 */
public record SpendCap(long maxTokens, double maxCostUsd, Map<String, Price> prices) {
  public static final SpendCap NONE = new SpendCap(Long.MAX_VALUE, Double.MAX_VALUE, Map.of());

  public record Price(double inputPerMillion, double outputPerMillion) {}

  public SpendCap {
    prices = Map.copyOf(prices);
  }

  public double costUsd(Usage usage) {
    if (usage == null || usage.model().isEmpty()) {
      return 0;
    }
    Price price = Arrays.stream(usage.model().split("\\+"))
        .map(m -> prices.getOrDefault(m, new Price(0, 0)))
        .reduce((a, b) -> a.inputPerMillion() + a.outputPerMillion() >= b.inputPerMillion() + b.outputPerMillion() ? a : b)
        .orElse(new Price(0, 0));
    return (usage.inputTokens() * price.inputPerMillion() + usage.outputTokens() * price.outputPerMillion()) / 1_000_000;
  }

  public boolean reached(Usage spent, double spentUsd) {
    return spent.inputTokens() + spent.outputTokens() >= maxTokens || spentUsd >= maxCostUsd;
  }
}
