package com.shopagent.core.model;

import com.shopagent.core.CborSerializable;

/** One retrieved knowledge-base chunk with where it came from. */
public record Passage(String text, String url, String title, double score, boolean policy)
    implements CborSerializable {}
