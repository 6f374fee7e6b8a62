package com.shopagent.http.eval;

/** One message of a labelled or unlabelled set; {@code label} is null when the set has none. */
public record TextRecord(String id, String text, String label) {}
