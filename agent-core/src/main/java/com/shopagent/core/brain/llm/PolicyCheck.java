package com.shopagent.core.brain.llm;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.TicketOffer;
import com.shopagent.core.brain.TurnContext;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.policy.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the LLM's answer through the same escalation policy as the offline brain: the message's
 * intent and risk tier come from the deterministic router, the self-check findings count as
 * evidence, and a high-tier turn that does not pass every check is offered to a person.
 */
final class PolicyCheck {
  static final String OFFER = TicketOffer.TEXT;

  private PolicyCheck() {}

  static Reply apply(Triage triage, TurnContext ctx, Reply draft) {
    Triage.Result routed = triage.assess(ctx.userText());
    Decision d = triage.evaluator().evaluate(routed.decision().intent(), routed.decision().signals(), draft.reasons());
    double confidence = Math.min(draft.confidence(), d.confidence());
    List<String> reasons = new ArrayList<>(d.reasons());
    draft.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
    boolean escalate = draft.escalated() || d.escalate();
    Outcome outcome = draft.outcome();
    // the model's own offer is replaced by ours, so the customer reads one, worded as Dialogue expects
    boolean offer = draft.ticket() == null && (escalate || TicketOffer.offered(draft.text()));
    String text = TicketOffer.once(draft.text(), offer);
    if (escalate && draft.ticket() == null) {
      outcome = Outcome.ESCALATED;
    }
    return new Reply(text, draft.citations(), outcome, escalate, draft.ticket(), d.intent(), confidence, reasons,
        d.tier().label(), d.signals());
  }
}
