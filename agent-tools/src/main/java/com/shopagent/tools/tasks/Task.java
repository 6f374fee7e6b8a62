package com.shopagent.tools.tasks;

/**
 * One deferred side effect as stored. {@code payload} is the opened (plain) JSON the handler of
 * {@code kind} understands; it never goes to Kafka, only the id and kind do.
 */
public record Task(String id, String kind, String requester, String payload, String status, int attempts) {
  public static final String PENDING = "pending";
  public static final String PUBLISHED = "published";
  public static final String DELIVERED = "delivered";
  public static final String DEAD = "dead";
}
