package com.shopagent.core.privacy;

/** What the redactor replaces: Presidio's entity name for spans and our token prefix. */
public enum PiiKind {
  EMAIL("EMAIL_ADDRESS", "EMAIL"),
  IBAN("IBAN_CODE", "IBAN"),
  CARD("CREDIT_CARD", "CARD"),
  PHONE("PHONE_NUMBER", "PHONE"),
  ADDRESS("STREET_ADDRESS", "ADDRESS");

  private final String entityType;
  private final String tokenPrefix;

  PiiKind(String entityType, String tokenPrefix) {
    this.entityType = entityType;
    this.tokenPrefix = tokenPrefix;
  }

  /** Presidio's name: EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, STREET_ADDRESS. */
  public String entityType() {
    return entityType;
  }

  /** The token stem: {@code <EMAIL_1>}. */
  public String tokenPrefix() {
    return tokenPrefix;
  }

  /** The value the per-session fingerprint is taken of, so re-typed variants get the same token. */
  String normalise(String raw) {
    return switch (this) {
      case EMAIL -> raw.toLowerCase(java.util.Locale.ROOT);
      case PHONE, CARD -> raw.replaceAll("\\D", "");
      case IBAN -> raw.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
      case ADDRESS -> raw.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s,.]+", " ").trim();
    };
  }
}
