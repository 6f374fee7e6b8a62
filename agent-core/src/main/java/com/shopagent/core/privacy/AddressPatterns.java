package com.shopagent.core.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The regular expressions behind {@link AddressDetector}, kept apart so they read as a list. */
final class AddressPatterns {
  // suffixes that are rarely anything but a street; ambiguous ones (place, way, court...) need a capital
  private static final String CLEAR_SUFFIXES = "street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr"
      + "|highway|hwy|parkway|pkwy|expressway|freeway|terrace|ter|crescent|cres|avenida|strasse|straße";
  private static final String OTHER_SUFFIXES = "place|pl|way|court|ct|circle|cir|square|sq|close|row|walk|mews"
      + "|gardens|grove|hill|park|trail|trl|path|loop|alley|plaza|point|pike|run|view|gate|green|rise|wharf";
  private static final Set<String> CLEAR = Set.of(CLEAR_SUFFIXES.split("\\|"));
  private static final String WORD = "[\\p{L}][\\p{L}'’.-]*";
  private static final String DIR = "(?:[NSEW]\\.?|North|South|East|West|NE|NW|SE|SW)";

  /** "12 Baker St", "1755 Nelson Mandela Drive", "8 wressle road", "27 2279 President St". */
  static final Pattern NUMBERED_STREET = Pattern.compile(
      "(?iu)(?<![\\w.,#/$€£-])\\d{1,6}[A-Za-z]?(?:[ \\t]+\\d{1,6})?,?[ \\t]+(?:" + DIR + "[ \\t]+)?"
          + "(?<name>(?:" + WORD + "[ \\t]+){0,3}" + WORD + ")[ \\t]+"
          + "(?<suffix>" + CLEAR_SUFFIXES + "|" + OTHER_SUFFIXES + ")\\b\\.?(?:[ \\t]+" + DIR + "\\b\\.?)?");

  /** "Nassaustraat 123", "Auerstrasse 12", "Ziegelgasse 26", "Bahnhofplatz 3a". */
  static final Pattern CONTINENTAL = Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:\\d{1,5}[ \\t]+)?(?-i:\\p{Lu}[\\p{L}-]{0,40}[ \\t]+){0,2}[\\p{L}-]{2,40}(?:straat|stra(?:ss|ß)e|str\\.|gasse|weg|laan|plein|gracht"
          + "|allee|platz|dijk|kade|steeg|vej|gade|gatan|vägen|väg|katu|utca|útja|cesta)"
          + "[ \\t]+\\d{1,5}[a-z]?\\b");

  /** "48 rue Descartes", "Via Roma 12", "Calle Mayor 5": the street word leads; a number must be there. */
  static final Pattern LATIN_STREET = Pattern.compile(
      "(?u)(?<![\\p{L}])(?:\\d{1,5},?[ \\t]+){0,2}(?:(?i:rue|viale|calle|carrer|rua|avenida|piazza|praça|chemin|allée"
          + "|travessa|ulica)|Via|Avenue|Boulevard|Corso|Largo|Plaza)[ \\t]+(?:(?:de|del|della|di|da|do|dos"
          + "|des|du|la|le|les|l'|d')[ \\t]+)?\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,3}(?:[ \\t]+\\d{1,5}[a-z]?\\b)?");

  /** "PO Box 123", "P.O. Box 77", "Post Office Box 9", "Postfach 1234". */
  static final Pattern PO_BOX = Pattern.compile(
      "(?iu)\\b(?:P\\.?[ \\t]?O\\.?[ \\t]?Box|Post[ \\t]+Office[ \\t]+Box|Postfach|Apartado|Boîte[ \\t]+postale)"
          + "[ \\t]*#?\\d{1,7}\\b");

  /** "Apt. 018", "Suite 446", "Flat 3B" on their own. */
  static final Pattern UNIT = Pattern.compile("(?iu)\\b(?:apt|apartment|suite|ste|flat)(?:\\.|[ \\t])[ \\t]*#?\\d{1,5}[a-z]?\\b");

  /** A unit right after a street: ", Apt 4B", " Suite 771", " #12". */
  static final Pattern UNIT_TAIL = Pattern.compile(
      "(?iu),?[ \\t]*(?:(?:apt|apartment|suite|ste|unit|flat|floor|fl)\\.?[ \\t]*#?|#)[ \\t]*\\d{1,5}[a-z]?\\b");

  /** ", Springfield, OR 97475", ", London NW1 6XE" or ", 10115 Berlin": only taken with a postcode. */
  static final Pattern CITY_TAIL = Pattern.compile(
      "(?u),?[ \\t]*\\n?[ \\t]*(?:\\d{4,5}[ \\t]+\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*)?\\b|\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,2},?[ \\t]+(?:\\p{Lu}{2}[ \\t]+)?"
          + "(?:\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d)\\b)");

  /** "ZIP: 11164", "postcode SW1A 1AA": the code after its label. */
  static final Pattern LABELLED_POSTCODE = Pattern.compile(
      "(?i)\\b(?:zip(?:[ \\t]?code)?|post(?:al)?[ \\t]?code)[ \\t]*(?:is[ \\t]+)?[:#]?[ \\t]*"
          + "(?<code>\\d{5}(?:-\\d{4})?|\\d{4}|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d)\\b");

  private AddressPatterns() {}

  static boolean isUnambiguousSuffix(String suffix) {
    return CLEAR.contains(suffix.toLowerCase(Locale.ROOT));
  }
}
