-- Deferred side effects (emails, order notes): written by the tools, published to Kafka by the
-- relay, executed by the worker. payload is sealed like ticket bodies (it holds an address).
CREATE TABLE IF NOT EXISTS tasks (
  id VARCHAR(40) PRIMARY KEY,
  kind VARCHAR(40) NOT NULL,
  idempotency_key VARCHAR(200) NOT NULL,
  requester_subject VARCHAR(200) NOT NULL,
  payload TEXT NOT NULL,
  status VARCHAR(12) NOT NULL,
  attempts INTEGER NOT NULL,
  last_error VARCHAR(1000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT tasks_idempotency_key_uq UNIQUE (idempotency_key)
);
CREATE INDEX IF NOT EXISTS tasks_status_idx ON tasks (status, created_at);
-- One row per executed task: a redelivered Kafka record finds it and is not executed again.
CREATE TABLE IF NOT EXISTS delivered_tasks (
  task_id VARCHAR(40) PRIMARY KEY,
  delivered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
