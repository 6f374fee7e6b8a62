package com.shopagent.core.policy;

import java.util.regex.Pattern;

/** A pattern and what a match counts for: its reason code and weight (1.0 blocks on its own). */
record GuardRule(String category, double weight, Pattern pattern, int line) {}
