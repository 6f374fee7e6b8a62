package com.shopagent.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses by pattern (see {@link AddressPatterns}): a house number, one to four name words
 * and a street suffix ("12 Baker St", "742 evergreen terrace"), a continental street word and its
 * number ("Nassaustraat 123", "rue Descartes"), PO boxes, flat/suite numbers and labelled postcodes;
 * a unit and a "City, ST 12345" tail are taken along. Name words that are function words ("2 items
 * on the way") or ambiguous suffixes on lower-case names ("3 blue place mats") do not count.
 */
final class AddressDetector implements PiiDetector {
  private static final Set<String> NOT_NAMES = Set.of(
      "a", "an", "the", "of", "on", "in", "at", "to", "for", "my", "your", "our", "their", "his", "her", "its",
      "and", "or", "with", "by", "from", "is", "are", "was", "be", "it", "this", "that", "these", "those",
      "i", "you", "we", "they", "me", "per", "more", "less", "than", "days", "day", "weeks", "hours", "items",
      "times", "pairs", "pieces", "pcs", "x", "new", "all", "each", "every", "no", "not", "please", "out");

  @Override
  public List<PiiMatch> find(String text) {
    List<PiiMatch> out = new ArrayList<>();
    Matcher street = AddressPatterns.NUMBERED_STREET.matcher(text);
    while (street.find()) {
      if (plausibleNames(street.group("name"), street.group("suffix"))) {
        add(out, text, street.start(), street.end());
      }
    }
    AddressPatterns.LATIN_STREET.matcher(text).results().filter(r -> r.group().matches("(?s).*\\d.*"))
        .forEach(r -> add(out, text, r.start(), r.end()));
    for (Pattern p : List.of(AddressPatterns.CONTINENTAL, AddressPatterns.PO_BOX, AddressPatterns.UNIT)) {
      p.matcher(text).results().forEach(r -> add(out, text, r.start(), r.end()));
    }
    Matcher zip = AddressPatterns.LABELLED_POSTCODE.matcher(text);
    while (zip.find()) {
      add(out, text, zip.start("code"), zip.end("code"));
    }
    return out;
  }

  /** Every name word is a real word, and a lower-case name needs an unambiguous suffix. */
  private static boolean plausibleNames(String names, String suffix) {
    String[] words = names.strip().split("\\s+");
    for (String w : words) {
      if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        return false;
      }
    }
    boolean capitalised = Character.isUpperCase(words[words.length - 1].charAt(0))
        || Character.isDigit(words[words.length - 1].charAt(0));
    return capitalised || AddressPatterns.isUnambiguousSuffix(suffix);
  }

  /** Extends the match over a following unit and "City, ST 12345" tail, merging with overlaps. */
  private static void add(List<PiiMatch> out, String text, int start, int end) {
    int stop = end;
    for (Pattern tail : List.of(AddressPatterns.UNIT_TAIL, AddressPatterns.CITY_TAIL)) {
      Matcher t = tail.matcher(text).region(stop, text.length());
      if (t.lookingAt()) {
        stop = t.end();
      }
    }
    PiiMatch m = new PiiMatch(PiiKind.ADDRESS, start, stop);
    List<PiiMatch> overlapping = out.stream().filter(o -> o.overlaps(m)).toList();
    out.removeAll(overlapping);
    int s = overlapping.stream().mapToInt(PiiMatch::start).reduce(start, Math::min);
    int e = overlapping.stream().mapToInt(PiiMatch::end).reduce(stop, Math::max);
    out.add(new PiiMatch(PiiKind.ADDRESS, s, e));
  }
}
