package com.shopagent.core.policy;

/**
 * Machine-readable reasons recorded with a turn: why it escalated, or why its confidence is what
 * it is. Dashboards, the audit trail and tickets use these exact strings.
 */
public final class ReasonCodes {
  public static final String ASKED_FOR_HUMAN = "asked_for_human";
  public static final String COMPLAINT = "complaint";
  public static final String ORDER_CHANGE_OUT_OF_SCOPE = "order_change_out_of_scope";
  public static final String PII_OR_ACCOUNT_ACCESS = "pii_or_account_access";
  /** the router was not sure enough of the intent for this tier */
  public static final String LOW_CONFIDENCE = "low_confidence";
  /** a high-risk intent scored close to the chosen one: better a person looks */
  public static final String POSSIBLE_HIGH_RISK = "possible_high_risk";
  /** the cited sentences cover too little of the question */
  public static final String WEAK_RETRIEVAL = "weak_retrieval";
  /** a tool answered with an empty, partial or fallback result */
  public static final String TOOL_UNCERTAIN = "tool_uncertain";
  public static final String ORDER_NOT_FOUND = "order_not_found_or_not_yours";
  public static final String ORDER_LOOKUP_UNAVAILABLE = "order_lookup_unavailable";
  public static final String TICKET_NOT_CREATED = "ticket_not_created";
  public static final String CUSTOMER_ACCEPTED_TICKET = "customer_accepted_ticket";

  private ReasonCodes() {}
}
