package com.shopagent.tools.tickets;

import java.util.List;

/**
 * A request for a human. {@code body} is the hand-off packet and must already be redacted; the
 * desk stores it as given. {@code priority} may be null: the assignment rules then decide.
 *
 * @param requesterSubject the identity subject ("user:42", "guest:uuid"): who may see the ticket
 * @param sessionId the chat session it came from, or null for tickets opened elsewhere
 */
public record NewTicket(
    String idempotencyKey,
    String subject,
    String body,
    String requesterSubject,
    String sessionId,
    String category,
    String priority) {

  public static final List<String> CATEGORIES = List.of("human", "complaint", "refund", "general");
  /** Lowest first: the order is used to compare priorities. */
  public static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_BODY = 8000;
  public static final int MAX_KEY = 200;

  public NewTicket {
    requireText("idempotencyKey", idempotencyKey, MAX_KEY);
    requireText("subject", subject, MAX_SUBJECT);
    requireText("body", body, MAX_BODY);
    requireText("requesterSubject", requesterSubject, MAX_KEY);
    if (sessionId != null && sessionId.length() > MAX_KEY) {
      throw new IllegalArgumentException("sessionId is too long");
    }
    if (!CATEGORIES.contains(category)) {
      throw new IllegalArgumentException("category must be one of " + CATEGORIES);
    }
    if (priority != null && !PRIORITIES.contains(priority)) {
      throw new IllegalArgumentException("priority must be one of " + PRIORITIES);
    }
  }

  private static void requireText(String name, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value.codePointCount(0, value.length()) > max) {
      throw new IllegalArgumentException(name + " is longer than " + max + " characters");
    }
  }
}
