package com.shopagent.core.session;

import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.PiiTokens;
import com.shopagent.core.privacy.Redaction;
import com.shopagent.core.privacy.Redactor;
import java.util.regex.Pattern;

/**
 * A {@code client_message_id} is an opaque token the client picks (the widget sends
 * {@code w-<seq>-<time>}). At most 64 of {@code [A-Za-z0-9._:-]}: no room for an email, a
 * formatted phone or card number, or free text. A bare digit run can still read as a card or
 * phone number (and a numeric timestamp sometimes does, so refusing it would fail honest
 * clients at random): such runs are journaled and audited as a keyed pseudonym instead, so the
 * raw digits never reach the journal or the audit topic, and equal ids still compare equal.
 */
public final class ClientMessageIds {
  public static final String CODE = "bad_client_message_id";
  public static final String MESSAGE =
      "A client_message_id is at most 64 letters, digits, dots, underscores, colons or dashes.";
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{0,64}");

  private ClientMessageIds() {}

  /** Length and characters. Null counts as no id. */
  public static boolean wellFormed(String id) {
    return id == null || SHAPE.matcher(id).matches();
  }

  /** The id as journaled and audited: each span the redactor finds becomes {@code #<10 hex of its HMAC>}. */
  public static String forJournal(String id, Redactor redactor, Hashing hashing) {
    if (id == null || id.isEmpty()) {
      return "";
    }
    var spans = redactor.redact(id, PiiTokens.EMPTY).spans();
    if (spans.isEmpty()) {
      return id;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Redaction.Span s : spans) {
      out.append(id, last, s.start()).append('#').append(hashing.hash(id.substring(s.start(), s.end())), 0, 10);
      last = s.end();
    }
    return out.append(id.substring(last)).toString();
  }
}
