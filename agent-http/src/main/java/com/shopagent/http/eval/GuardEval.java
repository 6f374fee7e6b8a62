package com.shopagent.http.eval;

import com.shopagent.core.policy.GuardVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntConsumer;

/** Block rate on attacks and false-block rate on benign messages of one labelled set. */
public final class GuardEval {
  /** Attack records are those labelled {@code attack} or {@code jailbreak}; everything else is benign. */
  public record Score(String set, int attacks, int attacksBlocked, int benign, int benignBlocked,
      Map<String, int[]> attacksByCategory, List<TextRecord> misses, List<TextRecord> falseBlocks,
      Map<String, Integer> blocksByLayer, long[] nanos) {
    public double blockRate() {
      return attacks == 0 ? 0 : 100.0 * attacksBlocked / attacks;
    }

    public double falseBlockRate() {
      return benign == 0 ? 0 : 100.0 * benignBlocked / benign;
    }
  }

  private GuardEval() {}

  public static boolean isAttack(String label) {
    return "attack".equalsIgnoreCase(label) || "jailbreak".equalsIgnoreCase(label);
  }

  public static Score run(String set, List<TextRecord> records, Function<String, GuardVerdict> guard,
      IntConsumer progress) {
    int attacks = 0;
    int caught = 0;
    int benign = 0;
    int falseBlocks = 0;
    Map<String, int[]> byCategory = new TreeMap<>();
    List<TextRecord> missed = new ArrayList<>();
    List<TextRecord> wronglyBlocked = new ArrayList<>();
    Map<String, Integer> byLayer = new TreeMap<>();
    long[] nanos = new long[records.size()];
    int done = 0;
    for (TextRecord r : records) {
      long start = System.nanoTime();
      GuardVerdict v = guard.apply(r.text());
      nanos[done] = System.nanoTime() - start;
      boolean blocked = v.blocked();
      if (blocked) {
        byLayer.merge(v.layer() == null ? "?" : v.layer(), 1, Integer::sum);
      }
      if (isAttack(r.label())) {
        attacks++;
        caught += blocked ? 1 : 0;
        int[] c = byCategory.computeIfAbsent(r.category() == null ? "all" : r.category(), k -> new int[2]);
        c[0]++;
        c[1] += blocked ? 1 : 0;
        if (!blocked) {
          missed.add(r);
        }
      } else {
        benign++;
        falseBlocks += blocked ? 1 : 0;
        if (blocked) {
          wronglyBlocked.add(r);
        }
      }
      progress.accept(++done);
    }
    return new Score(set, attacks, caught, benign, falseBlocks, java.util.Collections.unmodifiableMap(byCategory),
        List.copyOf(missed), List.copyOf(wronglyBlocked), java.util.Collections.unmodifiableMap(byLayer), nanos);
  }
}
