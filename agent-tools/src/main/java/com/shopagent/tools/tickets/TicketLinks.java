package com.shopagent.tools.tickets;

/** Public ids and links of tickets: "T-000042" and {@code <base>/v1/tickets/T-000042}. */
final class TicketLinks {
  private static final String PREFIX = "T-";

  private final String publicBaseUrl;

  TicketLinks(String publicBaseUrl) {
    if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
      throw new IllegalArgumentException("publicBaseUrl is required");
    }
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  String url(String id) {
    return publicBaseUrl + "/v1/tickets/" + id;
  }

  static String ticketId(long seq) {
    return String.format(java.util.Locale.ROOT, "%s%06d", PREFIX, seq);
  }

  /** -1 when the text is not a ticket id, so a lookup by a foreign id simply finds nothing. */
  static long seqOf(String id) {
    if (id == null || !id.startsWith(PREFIX) || id.length() > 20) {
      return -1;
    }
    String digits = id.substring(PREFIX.length());
    if (digits.isEmpty() || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return -1;
    }
    return Long.parseLong(digits);
  }
}
