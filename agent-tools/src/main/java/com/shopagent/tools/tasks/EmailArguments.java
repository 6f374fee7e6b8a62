package com.shopagent.tools.tasks;

import com.shopagent.core.tooling.ToolRequest;
import java.util.regex.Pattern;

/**
 * Checked arguments of {@code send_email}. The recipient arrives already substituted from the
 * session's vault; a value that is still a token (not typed in this session) or is not a plain
 * address is refused, and subject lines cannot carry header breaks.
 */
record EmailArguments(String to, String subject, String body) {
  static final int MAX_SUBJECT = 150;
  static final int MAX_BODY = 4000;
  private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");

  static final String SCHEMA = """
      {"type":"object",
       "properties":{
        "to":{"type":"string","maxLength":40,
              "description":"The token of an email address the customer typed in this conversation, e.g. <EMAIL_1>"},
        "subject":{"type":"string","maxLength":150},
        "body":{"type":"string","maxLength":4000}},
       "required":["to","subject","body"],
       "additionalProperties":false}""";

  /** @throws IllegalArgumentException with a reason fit for the customer */
  static EmailArguments parse(ToolRequest request) {
    String to = request.arg("to", "").strip();
    if (!ADDRESS.matcher(to).matches()) {
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
    return new EmailArguments(to, subject, body);
  }

  @Override
  public String toString() {
    return "EmailArguments[to=(hidden), subject=" + subject.length() + " chars, body=" + body.length() + " chars]";
  }
}
