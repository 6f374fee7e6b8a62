package com.shopagent.tools.tickets;

/** What one {@link TicketOutbox#drain} pass did: rows delivered, rescheduled and dead-lettered. */
public record DrainResult(int done, int retried, int dead) {
  public static final DrainResult NONE = new DrainResult(0, 0, 0);

  DrainResult plus(DrainResult other) {
    return new DrainResult(done + other.done, retried + other.retried, dead + other.dead);
  }
}
