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
  @JsonSubTypes.Type(value = ToolOutput.Text.class, name = "text")
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
      return passages.size() + " passages";
    }
  }

  record TicketCreated(TicketRef ticket) implements ToolOutput {
    @Override
    public String summary() {
      return (ticket.queued() ? "queued " : "created ") + ticket.id();
    }
  }

  record Text(String text) implements ToolOutput {
    @Override
    public String summary() {
      return text.length() > 120 ? text.substring(0, 120) : text;
    }
  }
}
