package com.shopagent.tools.kb;

/** A file that could not be loaded and was skipped, with a reason fit for an admin. */
public record SourceProblem(String file, String reason) {}
