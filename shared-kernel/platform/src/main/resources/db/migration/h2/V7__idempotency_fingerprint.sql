-- An Idempotency-Key is bound to the request it first answered: SHA-256 of its method, path, query and body. Rows
-- written before this column existed have none and are compared by command name only.
ALTER TABLE command_idempotency ADD COLUMN request_fingerprint VARCHAR(64);
