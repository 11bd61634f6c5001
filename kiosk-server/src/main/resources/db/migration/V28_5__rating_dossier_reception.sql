-- Issues 22 + 27: a counter's rating tablet wakes also when the official receives a prepared dossier there. Portable
-- SQL (SQLite and PostgreSQL): nullable added column, BIGINT epoch milliseconds.

-- The counter open in the receiving official's name at reception (NULL when they had none open: no tablet wakes).
ALTER TABLE dossier ADD COLUMN received_counter_id VARCHAR(20);
CREATE INDEX dossier_received_counter ON dossier (received_counter_id, received_at);

-- A received dossier whose rating window ran out on the tablet without a rating ("not rated", not a rating), as
-- rating_missed is for tickets.
CREATE TABLE rating_missed_dossier (
    dossier_code VARCHAR(64) PRIMARY KEY,
    counter_id   VARCHAR(20),
    service_code VARCHAR(2),
    official     VARCHAR(64),
    device_id    VARCHAR(36),
    created_at   BIGINT      NOT NULL
);
CREATE INDEX rating_missed_dossier_created ON rating_missed_dossier (created_at);
