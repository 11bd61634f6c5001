-- Issue 24, notifications to citizens by e-mail or SMS: the outbox of messages to send (one row per idempotency key,
-- e.g. ticket:<id>:called:sms, so the same notification is never queued twice; the worker delivers it with retries)
-- and the contacts watching a ticket (one per channel). Addresses are personal data: the retention job sets them to
-- NULL once a row is delivered or failed and older than notify.retentionDays, and deletes old watches.
CREATE TABLE notification_outbox (
    id VARCHAR(40) PRIMARY KEY,
    idempotency_key VARCHAR(160) NOT NULL UNIQUE,
    channel VARCHAR(8) NOT NULL,
    address VARCHAR(320),
    subject VARCHAR(200) NOT NULL,
    body VARCHAR(2000) NOT NULL,
    state VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_owner VARCHAR(40),
    lease_until BIGINT,
    last_error VARCHAR(1000),
    last_attempt_at BIGINT,
    created_at BIGINT NOT NULL,
    finished_at BIGINT,
    address_erased_at BIGINT
);
CREATE INDEX notification_outbox_due ON notification_outbox (state, next_attempt_at);
CREATE INDEX notification_outbox_finished ON notification_outbox (finished_at);

CREATE TABLE ticket_watch (
    ticket_id VARCHAR(36) NOT NULL,
    channel VARCHAR(8) NOT NULL,
    address VARCHAR(320) NOT NULL,
    created_at BIGINT NOT NULL,
    ahead_queued INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (ticket_id, channel)
);
CREATE INDEX ticket_watch_created ON ticket_watch (created_at);
