package com.shopagent.core.policy;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.routing.OrderNumbers;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session's two checkpoints: the customer's (redacted) message before any brain sees it,
 * and the reply before the customer sees it.
 */
public record Guards(PromptGuard input, OutputGuard output, List<String> publicTexts) {
  private static final Pattern DIGITS = Pattern.compile("\\d{3,}");
  static final String REFUSAL = "Sorry, I can't help with that. I can answer questions about our products, "
      + "shipping, returns and payments, look up your own orders, or put you in touch with our team.";
  static final String WITHHELD = "Sorry, I can't share that. I can help with questions about our products, "
      + "policies and your own orders, or put you in touch with our team.";

  public Guards {
    publicTexts = List.copyOf(publicTexts);
  }

  /**
   * @param confidentialTexts prompts the model sees and must never repeat
   * @param publicTexts the shop's own contact details, which a reply may quote (an email address
   *     there is not a customer's personal data)
   */
  public static Guards defaults(Redactor redactor, List<String> confidentialTexts, List<String> publicTexts) {
    return new Guards(PromptGuard.defaults(), new OutputGuard(redactor, confidentialTexts), publicTexts);
  }

  /** The input guard's verdict on a (redacted) customer message. */
  public GuardVerdict check(String redactedText) {
    return input.check(redactedText);
  }

  /** The polite refusal for a blocked message. */
  public Reply refusal(GuardVerdict v) {
    return new Reply(REFUSAL, List.of(), Outcome.REFUSED, false, null, "blocked", 1.0, v.reasons());
  }


  /**
   * The reply itself, or a safe one when it would leak the instructions, raw personal data or an
   * order the caller did not ask about. Order numbers the customer typed or the tools were asked
   * about this turn may be echoed: repeating them reveals nothing new; so may contact details
   * printed on the help pages read this turn.
   */
  public Reply screen(Reply reply, String userText, List<ToolOutcome> outcomes) {
    Set<String> allowed = new HashSet<>(OrderNumbers.find(userText)); // "10 297" is order 10297
    Matcher m = DIGITS.matcher(userText);
    while (m.find()) {
      allowed.add(m.group());
    }
    outcomes.forEach(o -> {
      String id = o.arguments().get("order_id");
      if (id != null) {
        allowed.add(id.replaceAll("\\D", ""));
      }
    });
    String checked = reply.text();
    for (String pub : publicTexts) {
      checked = checked.replace(pub, " ");
    }
    List<String> pages = outcomes.stream().filter(o -> o.output() instanceof ToolOutput.Passages)
        .flatMap(o -> ((ToolOutput.Passages) o.output()).passages().stream()).map(Passage::text).toList();
    GuardVerdict v = output.check(checked, allowed, pages);
    if (!v.blocked()) {
      return reply;
    }
    String text = reply.ticket() == null ? WITHHELD : WITHHELD + " Your ticket is " + reply.ticket().id() + ".";
    List<String> reasons = new java.util.ArrayList<>(reply.reasons());
    v.reasons().forEach(r -> reasons.add("output_" + r));
    return new Reply(text, List.of(), Outcome.REFUSED, reply.escalated(), reply.ticket(), reply.intent(), 0.0, reasons);
  }
}
