-- Dossier filing (issue 7): card data, documents checklist, fees, consent, log entry; status history (audit);
-- the receipt slip PDF; ratings with service, counter and reasons. Portable SQL (SQLite and PostgreSQL): one column
-- per ALTER TABLE, nullable added columns, TEXT for the slip PDF in base64 (no BLOB/BYTEA difference).

ALTER TABLE dossier ADD COLUMN applicant_birth_date VARCHAR(10);
ALTER TABLE dossier ADD COLUMN applicant_address VARCHAR(500);
ALTER TABLE dossier ADD COLUMN email VARCHAR(254);
-- The documents checklist as JSON: [{"name":..,"form":"ORIGINAL|COPY|CERTIFIED_COPY","quantity":n}].
ALTER TABLE dossier ADD COLUMN documents VARCHAR(12000);
ALTER TABLE dossier ADD COLUMN sets INTEGER;
ALTER TABLE dossier ADD COLUMN processing_days INTEGER;
ALTER TABLE dossier ADD COLUMN service_code VARCHAR(2);
ALTER TABLE dossier ADD COLUMN fee_vnd BIGINT;
ALTER TABLE dossier ADD COLUMN postal_fee_vnd BIGINT;
-- When the citizen agreed to the processing of personal data (Decree 13/2023), epoch milliseconds.
ALTER TABLE dossier ADD COLUMN consent_at BIGINT;
-- Entry in the centre's log book (Mẫu 06), e.g. 12/2026.
ALTER TABLE dossier ADD COLUMN log_entry VARCHAR(20);
ALTER TABLE dossier ADD COLUMN tracking_number VARCHAR(40);
ALTER TABLE dossier ADD COLUMN updated_at BIGINT;

-- One row per log book year: the last entry number given.
CREATE TABLE dossier_log_sequence (
    log_year    INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Every status of every dossier with its time and author (kiosk:ID or a staff user name).
CREATE TABLE dossier_status_history (
    id              VARCHAR(36)  PRIMARY KEY,
    dossier_code    VARCHAR(64)  NOT NULL,
    at              BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    note            VARCHAR(500),
    tracking_number VARCHAR(40)
);
CREATE INDEX dossier_status_history_code ON dossier_status_history (dossier_code, at);

-- The receipt slip as generated at registration (PDF, base64).
CREATE TABLE dossier_slip (
    dossier_code VARCHAR(64) PRIMARY KEY,
    pdf_base64   TEXT        NOT NULL,
    created_at   BIGINT      NOT NULL
);

ALTER TABLE rating ADD COLUMN service_code VARCHAR(2);
ALTER TABLE rating ADD COLUMN counter_id VARCHAR(20);
-- Reason codes ticked with a low rating, comma-separated (codes from rating.reasons).
ALTER TABLE rating ADD COLUMN reasons VARCHAR(500);
CREATE INDEX rating_created ON rating (created_at);
