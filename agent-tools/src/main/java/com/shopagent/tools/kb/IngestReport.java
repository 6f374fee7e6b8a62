package com.shopagent.tools.kb;

/**
 * What one ingest did, in pages, and how many chunks it wrote and how many the index now holds.
 */
public record IngestReport(
    int added, int updated, int skipped, int removed, int chunksWritten, int chunksTotal) {}
