package com.shopagent.http.eval.batch;

import com.shopagent.http.eval.BadInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which conversations a batch looks at: {@code --since} and a reproducible {@code --sample}. */
public final class Window {
  private static final Pattern AGO = Pattern.compile("(\\d{1,5})([dhm])");

  private Window() {}

  /** {@code 7d}, {@code 24h}, {@code 90m}, {@code all}, a date (2026-11-17) or an instant (2026-11-17T09:00:00Z). */
  public static Instant since(String text, Instant now) {
    if (text.equals("all")) {
      return Instant.EPOCH;
    }
    Matcher m = AGO.matcher(text);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofMinutes(n);
      };
      return now.minus(d);
    }
    try {
      return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInput("--since " + text + ": expected 7d, 24h, 90m, all, 2026-11-17 or 2026-11-17T09:00:00Z");
    }
  }

  /**
   * The sessions whose last finished turn is in the window; {@code n} of them at random, the same
   * ones for the same seed whatever order the trail delivered them in.
   */
  public static Set<String> sample(Map<String, Instant> lastTurnAt, Instant since, int n, long seed) {
    List<String> in = new ArrayList<>(lastTurnAt.entrySet().stream().filter(e -> !e.getValue().isBefore(since))
        .map(Map.Entry::getKey).sorted().toList());
    Collections.shuffle(in, new Random(seed));
    return Set.copyOf(in.subList(0, Math.min(n, in.size())));
  }

  public static long inWindow(Map<String, Instant> lastTurnAt, Instant since) {
    return lastTurnAt.values().stream().filter(at -> !at.isBefore(since)).count();
  }
}
