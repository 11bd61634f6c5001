-- Tickets a kiosk issued while it could not reach the server (issue 6): the number printed on them (e.g. K1-A001)
-- and when the citizen took them; and the kiosks' offline periods with the tickets delivered late. Portable SQL
-- (SQLite and PostgreSQL): one column per ALTER TABLE, nullable added columns, BIGINT epoch milliseconds.

ALTER TABLE ticket ADD COLUMN offline_number VARCHAR(20);
ALTER TABLE ticket ADD COLUMN offline_issued_at BIGINT;

CREATE TABLE kiosk_offline_period (
    id            VARCHAR(36) PRIMARY KEY,
    kiosk_id      VARCHAR(36) NOT NULL,
    started_at    BIGINT      NOT NULL,
    ended_at      BIGINT      NOT NULL,
    late_tickets  INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX kiosk_offline_period_kiosk ON kiosk_offline_period (kiosk_id, ended_at);
