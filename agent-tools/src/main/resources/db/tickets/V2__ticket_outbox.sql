-- Ticket requests the desk could not take yet; drained by TicketOutbox.drain.
CREATE TABLE IF NOT EXISTS ticket_outbox (
  ref VARCHAR(40) PRIMARY KEY,
  idempotency_key VARCHAR(200) NOT NULL,
  requester_subject VARCHAR(200) NOT NULL,
  payload TEXT NOT NULL,
  status VARCHAR(10) NOT NULL,
  attempts INTEGER NOT NULL,
  last_error VARCHAR(1000),
  ticket_id VARCHAR(40),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ticket_outbox_idempotency_key_uq UNIQUE (idempotency_key)
);
CREATE INDEX IF NOT EXISTS ticket_outbox_due_idx ON ticket_outbox (status, next_attempt_at);
