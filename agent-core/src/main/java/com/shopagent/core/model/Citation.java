package com.shopagent.core.model;

import com.shopagent.core.CborSerializable;

/** A page the answer was drawn from. */
public record Citation(String url, String title) implements CborSerializable {}
