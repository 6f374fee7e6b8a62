package com.shopagent.tools.orders;

/**
 * The shop could not answer. Messages name the cause in plain words and never carry keys,
 * signatures, URLs with credentials or customer data: they end up in the audit trail.
 */
public final class OrderSourceException extends RuntimeException {

  public enum Kind {
    /** no answer in time, or the connection failed: worth retrying */
    UNREACHABLE,
    /** a 5xx or 429: worth retrying */
    SERVER_ERROR,
    /** 401/403: our key is wrong or lacks read access; retrying cannot help */
    REJECTED,
    /** an answer we cannot use (not JSON, not an order, the REST route missing) */
    BAD_RESPONSE
  }

  private final Kind kind;

  public OrderSourceException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public boolean retryable() {
    return kind == Kind.UNREACHABLE || kind == Kind.SERVER_ERROR;
  }
}
