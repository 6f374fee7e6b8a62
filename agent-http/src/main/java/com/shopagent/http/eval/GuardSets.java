package com.shopagent.http.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own attack and benign messages, generated from {@code guard-templates.yaml}: many phrasings,
 * languages and wrappers (quoted emails, reviews, product questions). The held-out split uses
 * templates and slot values the train split never contains, so it measures generalisation to new
 * phrasings rather than recall of the training sentences.
 */
public final class GuardSets {
  public enum Split { TRAIN, HELDOUT }

  private static final String RESOURCE = "guard-templates.yaml";
  private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");
  private static final int PER_TEMPLATE = 8;

  private record Templates(Map<String, List<String>> slots, Map<String, List<String>> attack,
      Map<String, List<String>> benign) {}

  private GuardSets() {}

  /** Deterministic: the same split always yields the same records. */
  public static List<TextRecord> generate(Split split) {
    Templates t = load();
    Random random = new Random(split == Split.TRAIN ? 16 : 1616);
    List<TextRecord> out = new ArrayList<>();
    add(out, t, t.attack(), "attack", split, random);
    add(out, t, t.benign(), "benign", split, random);
    return List.copyOf(out);
  }

  private static void add(List<TextRecord> out, Templates t, Map<String, List<String>> families, String label,
      Split split, Random random) {
    String prefix = split == Split.TRAIN ? "gen-" : "held-";
    families.forEach((family, templates) -> {
      List<String> mine = inSplit(templates, split);
      Set<String> seen = new LinkedHashSet<>();
      for (String template : mine) {
        for (int i = 0; i < PER_TEMPLATE; i++) {
          seen.add(fill(template, t, split, random, 0)); // a repeat fill is dropped, not retried
        }
      }
      int n = 0;
      for (String text : seen) {
        out.add(new TextRecord(prefix + label + "-" + family + "-" + (++n), text, label, family));
      }
    });
  }

  private static String fill(String template, Templates t, Split split, Random random, int depth) {
    Matcher m = SLOT.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String slot = m.group(1);
      List<String> values = slot.endsWith("_line") ? t.attack().get(slot) : t.slots().get(slot);
      if (values == null || depth > 2) {
        throw new IllegalStateException(RESOURCE + ": unknown slot {" + slot + "} in " + template);
      }
      List<String> pool = inSplit(values, split);
      String value = pool.get(random.nextInt(pool.size()));
      m.appendReplacement(sb, Matcher.quoteReplacement(fill(value, t, split, random, depth + 1)));
    }
    m.appendTail(sb);
    String s = sb.toString();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Every fourth entry is held out; the train split gets the other three. */
  static <T> List<T> inSplit(List<T> all, Split split) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if ((i % 4 == 3) == (split == Split.HELDOUT)) {
        out.add(all.get(i));
      }
    }
    return out.isEmpty() ? all : out;
  }

  private static Templates load() {
    try (InputStream in = GuardSets.class.getResourceAsStream(RESOURCE)) {
      Map<String, Map<String, List<String>>> raw = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
      return new Templates(raw.get("slots"), raw.get("attack"), raw.get("benign"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
