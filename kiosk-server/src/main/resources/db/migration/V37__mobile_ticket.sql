-- Mobile ticket (issue 24): the link printed in a ticket's QR lets the citizen follow the ticket on a phone.
-- Only the SHA-256 of the link's token is kept (the token itself is printed, never stored); the token dies at the
-- end of the ticket's service day. A ticket has at most one live token (a repeated issue replaces it). The citizen
-- may park the ticket ("I am coming back") once: parked_until is when it goes back to its queue.
-- No personal data: the row ties a random token to a ticket, nothing else.
CREATE TABLE mobile_ticket (
    ticket_id    VARCHAR(36) PRIMARY KEY,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL,
    park_used    INTEGER     NOT NULL DEFAULT 0,
    parked_until BIGINT
);

CREATE UNIQUE INDEX mobile_ticket_token ON mobile_ticket (token_hash);
CREATE INDEX mobile_ticket_parked ON mobile_ticket (parked_until);
