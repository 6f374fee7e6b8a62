package com.shopagent.core.tooling;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.shopagent.core.CborSerializable;
import com.shopagent.core.model.Passage;
import com.shopagent.core.model.TicketRef;
import java.util.List;

/** What a tool hands back to the brain. Texts here are already fit for the model and the audit. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ToolOutput.Passages.class, name = "passages"),
  @JsonSubTypes.Type(value = ToolOutput.TicketCreated.class, name = "ticket"),
  @JsonSubTypes.Type(value = ToolOutput.Text.class, name = "text"),
  @JsonSubTypes.Type(value = ToolOutput.OrderStatus.class, name = "order")
})
public sealed interface ToolOutput extends CborSerializable {

  /** A short line for the audit trail. */
  String summary();

  record Passages(List<Passage> passages) implements ToolOutput {
    public Passages {
      passages = List.copyOf(passages);
    }

    @Override
    public String summary() {
      // the sources, so an auditor can tell a cited page was really retrieved in that turn
      List<String> urls = passages.stream().map(com.shopagent.core.model.Passage::url).distinct().toList();
      return passages.size() + " passages" + (urls.isEmpty() ? "" : ": " + String.join(" ", urls));
    }
  }

  record TicketCreated(TicketRef ticket) implements ToolOutput {
    @Override
    public String summary() {
      return (ticket.queued() ? "queued " : "created ") + ticket.id();
    }
  }

  /**
   * An order lookup for the caller. {@code customerText} is what the customer may read, already
   * masked ("Your order ending in 1234 is Shipped via USPS. ETA: Mar 9."); the audit sees only the
   * lookup result and the masked reference. Wrong owner and unknown order are one outcome, so
   * order numbers cannot be probed.
   */
  record OrderStatus(Lookup lookup, String maskedRef, String customerText) implements ToolOutput {
    public enum Lookup { FOUND, NOT_FOUND_OR_NOT_YOURS, UNAVAILABLE }

    @Override
    public String summary() {
      return "order " + maskedRef + ": " + lookup.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Text(String text) implements ToolOutput {
    @Override
    public String summary() {
      return text.length() > 120 ? text.substring(0, 120) : text;
    }
  }
}
