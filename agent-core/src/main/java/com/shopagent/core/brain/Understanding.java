package com.shopagent.core.brain;

import com.shopagent.core.brain.routing.OrderNumbers;
import com.shopagent.core.brain.routing.Routing;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.Decision;
import com.shopagent.core.policy.ReasonCodes;
import com.shopagent.core.policy.RiskTier;
import com.shopagent.core.policy.Signals;
import com.shopagent.core.session.Turn;
import java.util.List;
import java.util.Locale;

/**
 * What the offline brain made of the customer's message in the context of the conversation:
 * the intent (a short answer continues what the previous reply asked), the policy's decision,
 * the order numbers and the billing-email token to use.
 *
 * @param email an email token such as {@code <EMAIL_1>} the customer typed in this session, or null
 * @param answered what of the previous reply's questions this message answers (NONE: a new request)
 */
record Understanding(Intent intent, Decision decision, Routing routing, List<String> orderNumbers, String email,
    boolean guest, Dialogue.Pending answered) {

  /** The router's confidence stands in for a continuation it did not see. */
  private static final double DIALOGUE_CONFIDENCE = 0.9;

  Understanding {
    orderNumbers = List.copyOf(orderNumbers);
  }

  static Understanding of(TurnContext ctx, Triage triage) {
    Triage.Result r = triage.assess(ctx.userText());
    Routing routing = r.routing();
    String text = ctx.userText();
    List<Turn> history = ctx.history();
    String email = Dialogue.emailToken(text, history).orElse(null);
    boolean guest = ctx.identity() == null || ctx.identity().subject().startsWith("guest:");
    List<String> numbers = routing.orderNumbers();
    // a rule-settled high-risk request is a new request; the embedding's guess on a bare "10283, <EMAIL_1>" is noise
    boolean highRisk = routing.byRule() && r.decision().tier() == RiskTier.HIGH;
    Intent carried = null;
    switch (Dialogue.pending(history)) {
      case TICKET_OFFER -> {
        if (!highRisk && Dialogue.affirms(text)) {
          carried = Dialogue.last(history).map(t -> intentOf(t.intent())).orElse(Intent.OTHER);
        }
      }
      case ORDER_NUMBER, BILLING_EMAIL -> {
        numbers = numbers.isEmpty() ? OrderNumbers.findInAnswer(text) : numbers;
        if (!highRisk && (!numbers.isEmpty() || Dialogue.emailToken(text).isPresent())) {
          carried = Intent.ORDER_STATUS;
        }
      }
      case CHANGE_DETAILS -> {
        numbers = numbers.isEmpty() ? OrderNumbers.findInAnswer(text) : numbers;
        boolean answered = !numbers.isEmpty() || Dialogue.emailToken(text).isPresent() || Dialogue.lacksDetails(text);
        if (answered && (!highRisk || routing.intent() == Intent.ORDER_CHANGE)) {
          carried = Intent.ORDER_CHANGE;
        }
      }
      case EMAIL_ADDRESS -> {
        if (!highRisk && Dialogue.emailToken(text).isPresent()) {
          carried = Intent.ERRAND;
        }
      }
      default -> { }
    }
    Intent intent = carried == null ? routing.intent() : carried;
    if (numbers.isEmpty() && (intent == Intent.ORDER_STATUS || intent == Intent.ORDER_CHANGE || intent == Intent.ERRAND)) {
      numbers = lastNumbers(history); // "where is it?" after talking about an order
    }
    if (carried == null) {
      return new Understanding(intent, r.decision(), routing, numbers, email, guest, Dialogue.Pending.NONE);
    }
    Dialogue.Pending answered = Dialogue.pending(history);
    boolean accepted = answered == Dialogue.Pending.TICKET_OFFER;
    Signals signals = Signals.routing(DIALOGUE_CONFIDENCE, DIALOGUE_CONFIDENCE, 0, routing.riskFlags());
    Decision decision = triage.evaluator().evaluate(intent.label(), signals,
        accepted ? List.of(ReasonCodes.CUSTOMER_ACCEPTED_TICKET) : List.of());
    return new Understanding(intent, decision, routing, numbers, email, guest, answered);
  }

  /** The same message read as a help-page question (a general question about orders, not about one's own). */
  Understanding asFaq(com.shopagent.core.policy.PolicyEvaluator evaluator) {
    Decision faq = evaluator.evaluate(Intent.FAQ.label(), decision.signals(), List.of());
    return new Understanding(Intent.FAQ, faq, routing, orderNumbers, email, guest, answered);
  }

  boolean ticketAccepted() {
    return answered == Dialogue.Pending.TICKET_OFFER;
  }

  /** An order change can go to the team once it names the order (a guest also the billing email), or we asked once. */
  boolean changeDetailsComplete() {
    return answered == Dialogue.Pending.CHANGE_DETAILS || (!orderNumbers.isEmpty() && (!guest || email != null));
  }

  private static List<String> lastNumbers(List<Turn> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      List<String> found = OrderNumbers.find(history.get(i).userText());
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static Intent intentOf(String label) {
    try {
      return Intent.valueOf(label.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Intent.OTHER;
    }
  }
}
