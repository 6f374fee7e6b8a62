package com.shopagent.tools.orders;

import java.util.Locale;
import java.util.Map;

/**
 * Carrier names as customers know them. The Shipment Tracking extension stores a provider from
 * its list as a slug ("usps", "canada-post"); shops that type their own get it as written.
 */
final class Carriers {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("usps", "USPS"), Map.entry("ups", "UPS"), Map.entry("fedex", "FedEx"),
      Map.entry("dhl", "DHL"), Map.entry("dhl-us", "DHL"), Map.entry("dhl-express", "DHL Express"),
      Map.entry("ontrac", "OnTrac"), Map.entry("canada-post", "Canada Post"), Map.entry("purolator", "Purolator"),
      Map.entry("royal-mail", "Royal Mail"), Map.entry("australia-post", "Australia Post"),
      Map.entry("dpd", "DPD"), Map.entry("gls", "GLS"), Map.entry("postnl", "PostNL"));

  private Carriers() {}

  static String name(String provider) {
    String key = provider.strip().toLowerCase(Locale.ROOT);
    String known = NAMES.get(key);
    if (known != null) {
      return known;
    }
    if (key.matches("[a-z0-9]+(-[a-z0-9]+)+")) {
      return capitalise(key.replace('-', ' '));
    }
    return provider.strip();
  }

  private static String capitalise(String words) {
    StringBuilder s = new StringBuilder();
    for (String w : words.split(" ")) {
      s.append(s.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return s.toString();
  }
}
