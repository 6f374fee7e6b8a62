package com.shopagent.http.eval;

/** One message of a set; {@code label} and {@code category} are null when the set has none. */
public record TextRecord(String id, String text, String label, String category) {}
