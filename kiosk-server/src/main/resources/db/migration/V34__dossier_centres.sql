-- Issue 21 (dossiers, ratings and help alerts per centre). Portable SQL (SQLite and PostgreSQL).
-- The daily dossier sequence and the year's log book ("sổ theo dõi hồ sơ") are kept per centre: each centre numbers
-- its own dossiers. Existing counters belong to the centre 'main' (the only centre a database held before V33).
CREATE TABLE dossier_sequence_v34 (
    centre_id   VARCHAR(20) NOT NULL,
    receipt_day VARCHAR(10) NOT NULL,
    last_number INTEGER     NOT NULL,
    PRIMARY KEY (centre_id, receipt_day)
);
INSERT INTO dossier_sequence_v34 (centre_id, receipt_day, last_number)
    SELECT 'main', receipt_day, last_number FROM dossier_sequence;
DROP TABLE dossier_sequence;
ALTER TABLE dossier_sequence_v34 RENAME TO dossier_sequence;

CREATE TABLE dossier_log_sequence_v34 (
    centre_id   VARCHAR(20) NOT NULL,
    log_year    INTEGER     NOT NULL,
    last_number INTEGER     NOT NULL,
    PRIMARY KEY (centre_id, log_year)
);
INSERT INTO dossier_log_sequence_v34 (centre_id, log_year, last_number)
    SELECT 'main', log_year, last_number FROM dossier_log_sequence;
DROP TABLE dossier_log_sequence;
ALTER TABLE dossier_log_sequence_v34 RENAME TO dossier_log_sequence;

-- A rating belongs to the centre of the ticket or dossier rated; a call for help to the centre of its kiosk.
ALTER TABLE rating ADD COLUMN centre_id VARCHAR(20) NOT NULL DEFAULT 'main';
CREATE INDEX rating_centre ON rating (centre_id, created_at);
ALTER TABLE help_alert ADD COLUMN centre_id VARCHAR(20) NOT NULL DEFAULT 'main';
CREATE INDEX help_alert_centre_open ON help_alert (centre_id, acknowledged_at);
