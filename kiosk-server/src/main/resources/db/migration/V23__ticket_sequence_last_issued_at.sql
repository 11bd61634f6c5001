-- The issue time of a service day's newest ticket, kept on its numbering row: issuing a ticket takes its number
-- and its issue time (never before the previous ticket's, when the clock stepped back) from one statement.
ALTER TABLE ticket_sequence ADD COLUMN last_issued_at BIGINT NOT NULL DEFAULT 0;
UPDATE ticket_sequence SET last_issued_at = COALESCE((SELECT MAX(t.issued_at) FROM ticket t
    WHERE t.issue_service = ticket_sequence.service_code AND t.service_day = ticket_sequence.service_day), 0);
