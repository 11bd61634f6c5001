-- Issue 22, connector to the provincial dossier system: the server-side outbox of dossier events to send (one row
-- per dossier and event; its idempotency key goes with every attempt, so the provincial system registers it once),
-- and the status changes the provincial system pushed back (kept by their event id, applied once).
CREATE TABLE provincial_outbox (
    id VARCHAR(40) PRIMARY KEY,
    dossier_code VARCHAR(64) NOT NULL,
    event VARCHAR(32) NOT NULL,
    idempotency_key VARCHAR(160) NOT NULL UNIQUE,
    state VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_owner VARCHAR(40),
    lease_until BIGINT,
    last_error VARCHAR(1000),
    last_attempt_at BIGINT,
    official_code VARCHAR(64),
    code_applied INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    delivered_at BIGINT,
    UNIQUE (dossier_code, event)
);
CREATE INDEX provincial_outbox_due ON provincial_outbox (state, next_attempt_at);
CREATE INDEX provincial_outbox_delivered ON provincial_outbox (delivered_at);

CREATE TABLE provincial_status_change (
    event_id VARCHAR(80) PRIMARY KEY,
    dossier_code VARCHAR(64) NOT NULL,
    official_code VARCHAR(64),
    status VARCHAR(32) NOT NULL,
    received_at BIGINT NOT NULL
);
