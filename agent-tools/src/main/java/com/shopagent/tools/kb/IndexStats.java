package com.shopagent.tools.kb;

/** How much the index holds: pages (distinct urls) and their chunks. */
public record IndexStats(int documents, int chunks) {}
