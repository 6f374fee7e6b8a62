-- Idempotency map for help desks without native idempotency (Freshdesk): one row per request key,
-- claimed before the call, resolved to the desk's ticket id after it.
CREATE TABLE IF NOT EXISTS remote_tickets (
  idempotency_key VARCHAR(200) PRIMARY KEY,
  desk VARCHAR(20) NOT NULL,
  requester_subject VARCHAR(200) NOT NULL,
  remote_id VARCHAR(40),
  claimed_until TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
