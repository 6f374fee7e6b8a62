package com.shopagent.tools.tasks;

import com.shopagent.core.tooling.ToolRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checked arguments of {@code send_email}. A typed recipient counts only where the shop allows
 * typed addresses; it arrives already substituted from the session's vault, and a value that is
 * still a token (not typed in this session) or is not a plain address is refused. Without one the
 * email goes to the account's address. Subject lines cannot carry header breaks.
 */
record EmailArguments(Optional<String> to, String subject, String body) {
  static final int MAX_SUBJECT = 150;
  static final int MAX_BODY = 4000;
  private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");

  static final String SCHEMA = """
      {"type":"object",
       "properties":{
        "to":{"type":"string","maxLength":40,
              "description":"Leave out: the email goes to the address on the customer's account."},
        "subject":{"type":"string","maxLength":150},
        "body":{"type":"string","maxLength":4000}},
       "required":["subject","body"],
       "additionalProperties":false}""";

  /** @throws IllegalArgumentException with a reason fit for the customer */
  static EmailArguments parse(ToolRequest request, boolean typedAddresses) {
    String to = typedAddresses ? request.arg("to", "").strip() : "";
    if (!to.isEmpty() && !ADDRESS.matcher(to).matches()) {
      throw new IllegalArgumentException("I can only email an address you typed in this conversation");
    }
    String subject = request.arg("subject", "").strip();
    String body = request.arg("body", "").strip();
    if (subject.isEmpty() || subject.length() > MAX_SUBJECT || subject.contains("\r") || subject.contains("\n")) {
      throw new IllegalArgumentException("the subject must be one line of at most " + MAX_SUBJECT + " characters");
    }
    if (body.isEmpty() || body.length() > MAX_BODY) {
      throw new IllegalArgumentException("the message must have 1 to " + MAX_BODY + " characters");
    }
    return new EmailArguments(to.isEmpty() ? Optional.empty() : Optional.of(to), subject, body);
  }

  @Override
  public String toString() {
    return "EmailArguments[to=(hidden), subject=" + subject.length() + " chars, body=" + body.length() + " chars]";
  }
}
