package com.shopagent.tools.orders;

import com.shopagent.core.tooling.ToolRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The validated arguments of {@code get_order_status}. The billing email is never printed. */
record OrderArguments(String number, long orderId, Optional<String> billingEmail) {
  static final int MAX_EMAIL = 254;
  private static final Pattern ORDER_ID = Pattern.compile("#?\\s*0*([0-9]{1,12})");

  static final String SCHEMA = """
      {"type":"object",
       "properties":{
        "order_id":{"type":"string","pattern":"^#?[0-9]{1,12}$",
                    "description":"The order number the customer gave, digits only"},
        "billing_email":{"type":"string","maxLength":254,
                         "description":"Guests only: the billing email used at checkout, as the customer wrote it"}},
       "required":["order_id"],
       "additionalProperties":false}""";

  /** @throws IllegalArgumentException when order_id is not 1 to 12 digits or the email is absurd */
  static OrderArguments parse(ToolRequest request) {
    Matcher m = ORDER_ID.matcher(request.arg("order_id", "").strip());
    if (!m.matches() || m.group(1).isEmpty()) {
      throw new IllegalArgumentException("get_order_status: order_id must be 1 to 12 digits");
    }
    String email = request.arg(GetOrderStatusTool.BILLING_EMAIL, "").strip();
    if (email.length() > MAX_EMAIL) {
      throw new IllegalArgumentException("get_order_status: billing_email is too long");
    }
    String number = m.group(1);
    return new OrderArguments(number, Long.parseLong(number), email.isEmpty() ? Optional.empty() : Optional.of(email));
  }

  @Override
  public String toString() {
    return "OrderArguments[order=" + OrderSummary.maskedRef(number) + ", billingEmail=" + (billingEmail.isPresent() ? "given" : "none") + "]";
  }
}
